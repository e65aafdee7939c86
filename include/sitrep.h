/* sitrep.h — the public API of libsitrep.
 *
 * sitrep turns raw news text into structured event records.  A caller opens
 * a context once (it loads the lexicons and memory-maps the gazetteer), then
 * feeds it articles; each article yields zero or more events.  The pipeline
 * behind sitrep_code() runs one way:
 *
 *   read -> clean -> segment -> tokenize -> lemmatize -> match lexicons
 *        -> time / places -> analyse clauses -> assemble events -> output
 *
 * Everything returned is owned by the caller and released with the matching
 * *_free() function.  No function keeps a pointer to caller memory after it
 * returns.  The library is not thread-safe per context; use one context per
 * thread (they share the read-only gazetteer pages through the page cache).
 */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SITREP_VERSION "0.1.0"

/* One input article.  `text` is the raw scraped text; it may carry a
 * leading "date YYYY-MM-DD" line, a dateline, and a trailing block of
 * title / URL / highlights as scraped pages do.  All strings are UTF-8 and
 * NUL-terminated; any may be NULL except id and text. */
typedef struct sitrep_article {
    char *id;
    char *url;
    char *title;
    char *date;       /* publication date "YYYY-MM-DD", or NULL */
    char *text;
    size_t text_len;
    const char *source; /* file the article came from, for messages */
    long line;          /* line of that file (JSONL) or 1 */
} sitrep_article;

void sitrep_article_free(sitrep_article *a);

/* Callback for each article read; return non-zero to stop reading. */
typedef int (*sitrep_article_fn)(sitrep_article *a, void *user);
/* Callback for each problem found while reading.  `line` and `offset` are
 * 1-based line and 0-based byte offset in that line (or -1 when unknown).
 * `fatal` is 1 when the input could not be read at all. */
typedef void (*sitrep_error_fn)(const char *file, long line, long offset,
                                const char *reason, int fatal, void *user);

/* Read every article in `path`: a raw .txt record, a .jsonl file, a
 * directory (every .txt and .jsonl below it, in name order) or "-" for
 * standard input (JSONL when the first byte is '{', else one raw record).
 * Bad records are reported through `err` and skipped.  Returns 0 when the
 * input was read (perhaps with skipped records), -1 when it could not be
 * read at all. */
int sitrep_read_path(const char *path, sitrep_article_fn fn,
                     sitrep_error_fn err, void *user);

typedef enum { SITREP_PREC_NONE = 0, SITREP_PREC_DAY, SITREP_PREC_WEEK,
               SITREP_PREC_MONTH, SITREP_PREC_YEAR } sitrep_date_precision;
typedef enum { SITREP_GEO_NONE = 0, SITREP_GEO_EXACT, SITREP_GEO_CITY,
               SITREP_GEO_ADMIN1, SITREP_GEO_COUNTRY,
               SITREP_GEO_REGION /* larger than a country: a continent, a sea
                                    (sitrep_geoparse only) */ } sitrep_geo_precision;

#define SITREP_UNKNOWN (-1) /* for counts: the text is silent */

/* Victim groups casualty figures are broken down by. */
enum { SITREP_GROUP_CIVILIANS, SITREP_GROUP_SOLDIERS, SITREP_GROUP_POLICE,
       SITREP_GROUP_MILITANTS, SITREP_GROUPS };
/* "civilians", "soldiers", "police", "militants" */
const char *sitrep_group_name(int group);

typedef struct sitrep_actor {
    char name[128];
    char country[3]; /* ISO 3166-1 alpha-2, or "" */
} sitrep_actor;

typedef struct sitrep_event {
    char article_id[128];
    char event_id[24];
    char date[11];                 /* YYYY-MM-DD or "" (a range's first day) */
    char date_end[11];             /* a range's last day ("between Monday and
                                      Wednesday"), or "" */
    sitrep_date_precision date_precision;
    const char *event_type;        /* ACLED event type (static string) */
    const char *sub_event_type;    /* ACLED sub-event type (static string) */
    char cameo[5];
    sitrep_actor actor1, actor2;
    struct {
        char name[128];
        char admin1[96];
        char country[3];
        double lat, lon;           /* NaN when unknown */
        sitrep_geo_precision precision;
    } location;
    char weapon[64];               /* "" when none */
    int weapon_count;              /* SITREP_UNKNOWN when silent */
    int fatalities;                /* 0 when "no casualties", -1 silent */
    int injured;
    int abducted;                  /* people abducted or kidnapped, -1 silent */
    /* how the text qualifies each count: "exact", "at_least" ("at least 12"),
     * "more_than", "about", "up_to", "vague" ("dozens", coded by ACLED's
     * convention: tens 10, dozens 12, scores 20, hundreds 100, thousands
     * 1000); NULL when the count is unknown */
    const char *fatalities_qualifier, *injured_qualifier, *abducted_qualifier;
    /* lowest and highest figure when reports differ ("police said 8 ...
     * residents put the toll at 15"); -1, -1 when the text gives one */
    int fatalities_range[2], injured_range[2], abducted_range[2];
    /* victims by group when the text says ("12 civilians and three
     * soldiers"), indexed by SITREP_GROUP_*; -1 where not stated */
    int fatalities_by_group[4], injured_by_group[4];
    struct { size_t start, end; char *text; } evidence; /* offsets in the cleaned text */
    double confidence;
    const char *date_source;       /* "text" or "publication" */
    int background;                /* 1: a past event the article recounts (only with
                                      include_background), dated by the text */
    int sources;                   /* mentions joined into this event */
} sitrep_event;

typedef struct sitrep_events {
    sitrep_event *v;
    size_t n, cap;
} sitrep_events;

void sitrep_events_free(sitrep_events *ev);

typedef struct sitrep sitrep;

typedef struct sitrep_options {
    const char *data_dir;   /* lexicon directory; NULL: $SITREP_DATA or built-in */
    const char *gazetteer;  /* gazetteer file; NULL: $SITREP_GAZETTEER or built-in */
    int scope_all;          /* 1: also statements, threats, talks (GDELT-style) */
    int include_background; /* 1: also past events the text recounts, flagged */
} sitrep_options;

/* Open a context.  On failure returns NULL and writes a message to err. */
sitrep *sitrep_open(const sitrep_options *opt, char *err, size_t errlen);
void sitrep_close(sitrep *s);
/* Check the lexicons the context loaded: each entry against its file's
 * schema, repeated and contradicting entries, references between lexicons,
 * and entries that can never match.  Writes "FILE:LINE: error|warning:
 * \"phrase\": reason" lines to out; returns the number of errors and sets
 * *warnings (may be NULL).  Syntax errors already fail sitrep_open(). */
int sitrep_lexicon_check(const sitrep *s, FILE *out, int *warnings);

/* 1 when a gazetteer is loaded (places then resolve below country level). */
int sitrep_has_gazetteer(const sitrep *s);

/* Code one article, appending its events to `out`.  When `explain` is not
 * NULL, a human-readable trace of every stage is written there.  Returns
 * the number of events appended, or -1 on an internal error. */
int sitrep_code(sitrep *s, const sitrep_article *a, sitrep_events *out,
                FILE *explain);

/* One place named in an article, as `sitrep geo` lists it.  The span is in
 * bytes of the article text as given (sitrep_article.text), before any
 * cleaning.  Strings are NUL-terminated copies; nothing points into the
 * context. */
typedef struct sitrep_toponym {
    size_t start, end;             /* byte span [start, end) in the raw text */
    char text[128];                /* the words as written (cut at 127 bytes) */
    char name[128];                /* the place's canonical name */
    unsigned long geonameid;       /* GeoNames id, 0 when none (countries, airports,
                                      places not in the gazetteer) */
    double lat, lon;               /* NaN when unknown */
    char admin1[96];               /* "" when unknown or not applicable */
    char country[3];               /* ISO 3166-1 alpha-2, or "" */
    sitrep_geo_precision precision; /* EXACT (airport, base), CITY, ADMIN1, COUNTRY, REGION */
    const char *kind;              /* "country", "admin1", "city", "airport", "region"
                                      (continent, sea: regions.lex), "demonym"
                                      ("Iraqi forces": the country), "unresolved" (a
                                      place the gazetteer lacks, placed at the nearest
                                      place named around it) */
    int n_candidates;              /* gazetteer entries of that name (1: no doubt) */
    const char *role;              /* NULL, or how the sentence uses the place:
                                      "reference" ("30 km north of Baghdad"), "actor"
                                      ("Israel's military"), "source" ("told reporters
                                      in Geneva") */
} sitrep_toponym;

/* Called once per toponym, in text order; return non-zero to stop. */
typedef int (*sitrep_toponym_fn)(const sitrep_toponym *t, void *user);

enum {
    /* the text is plain prose: keep every line (no title, byline, dateline or
     * furniture removal as for scraped pages) */
    SITREP_GEOPARSE_PLAIN = 1 << 0,
    /* leave out adjectival demonyms ("Iraqi"); country names are kept */
    SITREP_GEOPARSE_NO_DEMONYMS = 1 << 1,
};

/* Find and resolve every toponym of one article: the same recognition and
 * resolution the event coder uses for places, without the events.  `flags`
 * is a set of SITREP_GEOPARSE_*.  Returns the number of toponyms reported,
 * or -1 on an internal error. */
int sitrep_geoparse(sitrep *s, const sitrep_article *a, int flags, sitrep_toponym_fn fn,
                    void *user);

/* Running totals since sitrep_open(): articles coded, sentences analysed and
 * bytes of cleaned text, for throughput reports. */
typedef struct sitrep_counts {
    unsigned long articles, sentences, bytes, events;
} sitrep_counts;
sitrep_counts sitrep_get_counts(const sitrep *s);

/* Attribution of the data the gazetteer was built from (licences require
 * showing it), or NULL when no gazetteer is loaded. */
const char *sitrep_gazetteer_attribution(const sitrep *s);

/* Writers. */
void sitrep_write_jsonl(FILE *f, const sitrep_event *e);
void sitrep_write_csv_header(FILE *f);
void sitrep_write_csv(FILE *f, const sitrep_event *e);
/* One toponym as a JSON object on one line (docs/geoparser.md). */
void sitrep_write_toponym_jsonl(FILE *f, const char *article_id, const sitrep_toponym *t);

#ifdef __cplusplus
}
#endif
#endif
