/* internal.h — the contracts between sitrep's pipeline stages.
 *
 * Each stage lives in its own source file and is declared here, in pipeline
 * order.  Data flows one way: a stage reads what earlier stages produced and
 * never reaches back.  Offsets are byte offsets into the cleaned article text
 * (sr_doc.text) unless a comment says otherwise.
 */
#ifndef SITREP_INTERNAL_H
#define SITREP_INTERNAL_H

#include "sitrep.h"

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

/* ---------------------------------------------------------------- util.c */

typedef struct sr_buf { char *data; size_t len, cap; } sr_buf;

void *sr_xmalloc(size_t n);               /* aborts with a message on OOM */
void *sr_xcalloc(size_t n, size_t size);
void *sr_xrealloc(void *p, size_t n);
char *sr_xstrdup(const char *s);
char *sr_xstrndup(const char *s, size_t n);
void sr_buf_add(sr_buf *b, const char *s, size_t n);
void sr_buf_addc(sr_buf *b, char c);
void sr_buf_adds(sr_buf *b, const char *s);
void sr_buf_printf(sr_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *sr_buf_steal(sr_buf *b);             /* NUL-terminated; buffer reset */
void sr_buf_free(sr_buf *b);
/* Read a whole file; NULL with errno set on failure. */
char *sr_read_file(const char *path, size_t *len);
/* w is one of the strings of a NULL-terminated list. */
bool sr_word_in(const char *w, const char *const *list);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
int sr_utf8_seq_len(const unsigned char *s, size_t avail);

/* ------------------------------------------------------------- date.c */

typedef struct sr_ymd { int y, m, d; } sr_ymd; /* y == 0: unknown */

bool sr_ymd_parse(const char *s, sr_ymd *out);      /* "YYYY-MM-DD" */
void sr_ymd_format(sr_ymd d, char out[11]);         /* "" when unknown */
long sr_ymd_to_days(sr_ymd d);                      /* days since 1970-01-01 */
sr_ymd sr_days_to_ymd(long days);
sr_ymd sr_ymd_add_days(sr_ymd d, long n);
int sr_ymd_weekday(sr_ymd d);                       /* 0 = Monday .. 6 = Sunday */
int sr_days_in_month(int y, int m);
/* A real calendar day, year 1 or later; for a date without a year, ask
 * with a leap year (2000) so that February 29 passes. */
bool sr_ymd_valid(int y, int m, int d);

/* ------------------------------------------------------------- read.c */
/* sitrep_read_path() is public (sitrep.h).  Lower-level entry used by
 * tests and by `sitrep code -`: read articles from a buffer already in
 * memory.  `name` is used in messages.  jsonl: 1 JSONL, 0 one raw record,
 * -1 guess from content. */
int sr_read_buffer(const char *name, const char *data, size_t len, int jsonl,
                   sitrep_article_fn fn, sitrep_error_fn err, void *user);

/* ------------------------------------------------------------ clean.c */

typedef struct sr_doc {
    char *text;            /* cleaned body: valid UTF-8, NUL-terminated */
    size_t len;
    char *title;           /* NULL when none found */
    char *url;
    char **highlights;     /* bullet lines of the trailing block */
    int n_highlights;
    sr_ymd pubdate;        /* publication date; y == 0 unknown */
    const char *pubdate_source; /* "json", "record", "dateline", "text", "url" or NULL */
    char dateline[96];     /* place part of a dateline ("ANBAR, Iraq"), or "" */
} sr_doc;

/* Clean one article into `d`.  Never fails on odd input: at worst the text
 * is copied through.  Free with sr_doc_free. */
void sr_clean(const sitrep_article *a, sr_doc *d);
/* Clean plain prose: normalise bytes and spaces as sr_clean does but keep
 * every line (no title, dateline or furniture removal); only the publication
 * date (JSON date or URL) is filled in besides the text. */
void sr_clean_plain(const sitrep_article *a, sr_doc *d);
void sr_doc_free(sr_doc *d);

/* -------------------------------------------------- segment.c / tokenize.c */

enum {
    SR_TOK_CAP    = 1 << 0,   /* first letter upper case */
    SR_TOK_UPPER  = 1 << 1,   /* all letters upper case, length > 1 */
    SR_TOK_NUM    = 1 << 2,   /* digits (with , or .) */
    SR_TOK_PUNCT  = 1 << 3,
    SR_TOK_WORD   = 1 << 4,   /* contains a letter */
    SR_TOK_SENT_START = 1 << 5,
    SR_TOK_QUOTE  = 1 << 6,   /* a quotation mark */
};

typedef struct sr_token {
    uint32_t start, end;      /* span in the cleaned text */
    uint16_t flags;
    char *norm;               /* lower case, ’ -> ', diacritics kept */
    const char *lemma;        /* base form (points into norm or a table) */
    double value;             /* numeric value for numbers and number words, else -1 */
} sr_token;

typedef struct sr_sentence {
    uint32_t start, end;      /* span in the cleaned text */
    uint32_t tok_begin, tok_end; /* token index range [begin, end) */
    bool in_quote;            /* starts inside an open quotation */
} sr_sentence;

typedef struct sr_tokens {
    sr_token *tok; size_t n, cap;
    sr_sentence *sent; size_t n_sent, cap_sent;
    sr_buf pool;              /* storage for norm strings (offsets until frozen) */
    const char *text;         /* the text the offsets refer to */
} sr_tokens;

/* Split the cleaned text into sentences (abbreviation aware). */
bool sr_is_abbreviation(const char *w, size_t n); /* "Col", "Oct", "Gen" ... */
void sr_segment(const char *text, size_t len, sr_tokens *t);
/* Tokenize every sentence found by sr_segment. */
void sr_tokenize(const char *text, size_t len, sr_tokens *t);
void sr_tokens_free(sr_tokens *t);

/* ------------------------------------------------------------ lemma.c */
/* Base form of a lower-case English word.  Returns `word` itself when it is
 * already a base form, a pointer into `scratch` for rule results, or a
 * pointer to static exception data. */
const char *sr_lemma(const char *word, char *scratch, size_t cap);
int sr_lemma_load_exceptions(const char *path, char *err, size_t errlen);
void sr_lemma_free(void);
/* Value of a number word ("four" 4, "dozen" 12, "dozens" -2 meaning "many"), or -1. */
double sr_number_word(const char *word);

/* ---------------------------------------------------------- lexicon.c */
/* A lexicon file is UTF-8 text, one entry a line:
 *     phrase<TAB>key=value<TAB>key=value ...
 * '#' starts a comment line.  The phrase is matched token by token against
 * either the token's lemma or its lower-case form; an entry with case=exact
 * must also match the text's capitalisation.  See docs/lexicons-core.md. */

typedef struct sr_lex_attr { const char *key, *val; } sr_lex_attr;

typedef struct sr_lex_entry {
    const char *phrase;       /* as written */
    const char *kind;         /* file's kind: "trigger", "weapon", ... */
    const char **words;       /* phrase split in words (normalised) */
    int n_words;
    sr_lex_attr *attr; int n_attr;
    const char *file; int line;
    bool case_exact;          /* case=exact: the surface text must match as written */
} sr_lex_entry;

typedef struct sr_lexicon sr_lexicon;

sr_lexicon *sr_lexicon_new(void);
/* Load one file under `kind`.  Returns 0, or -1 with a message naming
 * file:line:reason in err. */
int sr_lexicon_load(sr_lexicon *lx, const char *path, const char *kind,
                    char *err, size_t errlen);
void sr_lexicon_free(sr_lexicon *lx);
const char *sr_lex_get(const sr_lex_entry *e, const char *key); /* NULL if absent */

typedef struct sr_match {
    const sr_lex_entry *e;
    uint32_t tok_begin, tok_end;   /* token range [begin, end) */
} sr_match;

/* All longest non-overlapping matches of `kind` in tokens [b, e). */
size_t sr_lexicon_match(const sr_lexicon *lx, const char *kind,
                        const sr_tokens *t, uint32_t b, uint32_t e,
                        sr_match *out, size_t max);
/* Longest match of `kind` starting exactly at token i, or NULL. */
const sr_lex_entry *sr_lexicon_match_at(const sr_lexicon *lx, const char *kind,
                                        const sr_tokens *t, uint32_t i,
                                        uint32_t e, uint32_t *end);
/* Check every loaded entry (schema, repeats and contradictions, references,
 * reachability); one line per problem to out.  Returns the error count. */
int sr_lexicon_check(const sr_lexicon *lx, FILE *out, int *warnings);
/* Iterate all entries of a kind (for loaders that build their own tables). */
size_t sr_lexicon_entries(const sr_lexicon *lx, const char *kind,
                          const sr_lex_entry ***out);

/* ------------------------------------------------------------- timex.c */

typedef enum {
    SR_TIMEX_DAY = 1, SR_TIMEX_WEEK, SR_TIMEX_MONTH, SR_TIMEX_YEAR
} sr_timex_prec;

typedef struct sr_timex {
    uint32_t start, end;      /* span relative to the text passed in */
    sr_ymd date;              /* resolved date (first day for ranges) */
    sr_ymd date_end;          /* last day of a range ("between Monday and
                                 Wednesday"); y == 0 when not a range */
    sr_timex_prec precision;
    bool background;          /* clearly older history: "in 2003", "since 2014" */
    bool relative;            /* resolved against the publication date */
} sr_timex;

/* Find and resolve the time expressions of one sentence.  `pub` is the
 * publication date (y == 0 when unknown: relative expressions are then
 * left unresolved and not reported).  Returns the number written to out. */
size_t sr_timex_find(const char *text, size_t len, sr_ymd pub,
                     sr_timex *out, size_t max);
/* Publication date from a URL path (/2021/08/20/ or 20190812), or y == 0. */
sr_ymd sr_date_from_url(const char *url);
/* Parse an explicit date at the start of s ("July 5, 2021", "12 August 2019",
 * "Mon Mar 11, 2013", "Thursday, 2 September 2010"); returns bytes consumed
 * or 0.  A missing year is taken from `pub` (the nearest such date not after
 * pub + 1 day). */
size_t sr_date_parse_explicit(const char *s, size_t len, sr_ymd pub, sr_ymd *out,
                              sr_timex_prec *prec);
/* The same parse without a publication date: a date without a year is
 * returned with out->y == 0 ("Dhaka, October 29" in a dateline). */
size_t sr_date_parse_calendar(const char *s, size_t len, sr_ymd *out,
                              sr_timex_prec *prec);

/* --------------------------------------------------------- gazetteer.c */
/* The gazetteer is one binary file built at set-up by tools/gazbuild from
 * GeoNames cities500, its admin1 names, OurAirports and our country list,
 * and memory-mapped read-only at run time.  See docs/gazetteer.md. */

typedef enum {
    SR_PLACE_COUNTRY = 1, SR_PLACE_ADMIN1 = 2, SR_PLACE_CITY = 3,
    SR_PLACE_AIRPORT = 4, SR_PLACE_OTHER = 5
} sr_place_kind;

typedef struct sr_place {
    uint32_t index;           /* index in the gazetteer */
    uint32_t geonameid;       /* 0 when not from GeoNames */
    const char *name;         /* canonical name (points into the map) */
    const char *admin1;       /* admin1 name, "" when unknown */
    char country[3];
    char feature[8];          /* GeoNames feature code ("PPLA", "PPLC") or "AIRB" / "AIRP" */
    sr_place_kind kind;
    float lat, lon;
    uint32_t population;
} sr_place;

typedef struct sr_gaz sr_gaz;

sr_gaz *sr_gaz_open(const char *path, char *err, size_t errlen);
void sr_gaz_close(sr_gaz *g);
size_t sr_gaz_count(const sr_gaz *g);
/* Normalise a name for lookup: NFKD, strip marks, case-fold, drop
 * apostrophes and dots ("Ma’rib" = "Marib"), hyphens and other punctuation
 * to space, collapse spaces, "airbase" -> "air base".  Writes at
 * most cap-1 bytes; returns the length written. */
size_t sr_name_norm(const char *in, size_t len, char *out, size_t cap);
/* Places whose normalised name (or alternate name) equals `norm`, best
 * prior first (kind, population).  Returns the number written. */
size_t sr_gaz_lookup(const sr_gaz *g, const char *norm, sr_place *out, size_t max);
/* True when some name starts with the words of `norm` followed by a space
 * (lets the recogniser stop extending a span early). */
bool sr_gaz_has_prefix(const sr_gaz *g, const char *norm);
/* The admin1 entry of `country` whose name matches `admin1`, or false. */
bool sr_gaz_admin1(const sr_gaz *g, const char *country, const char *admin1, sr_place *out);
bool sr_gaz_get(const sr_gaz *g, uint32_t index, sr_place *out);
/* The middle of each admin1 region's extent (the box around its towns),
 * two floats (lat, lon) per place index, NaN for places that are not a
 * region with towns.  This is about where GeoNames puts a region, near its
 * geometric centre; the region's own record keeps its seat, which is where
 * an event known only to the region is put.  One pass over the places
 * (3.5 ms on the full file, idle machine); the caller frees the array. */
float *sr_gaz_region_middles(const sr_gaz *g);

/* ------------------------------------------------------------- places.c */

typedef struct sr_toponym {
    uint32_t tok_begin, tok_end;  /* token range */
    uint32_t sent;                /* sentence index */
    sr_place place;               /* resolved */
    int n_candidates;
    bool reference;               /* a point of reference: "north of Baghdad", "30 km from X" */
    bool unresolved;              /* "Limala village": not in the gazetteer; coordinates
                                     borrowed from the nearest place named before it */
    bool modifier;                /* names an actor, not a place: "Israel's military" */
    bool reported_from;           /* where something was said: "told reporters in Geneva" */
    bool demonym;                 /* "Iraqi": the country, named by its adjective
                                     (listed by sitrep_geoparse only) */
    bool region;                  /* a continent or sea (regions.lex; sitrep_geoparse only) */
    bool anaphor;                 /* "the capital": the country's capital, not a name */
    bool one_country;             /* every candidate of the name lies in one country */
    bool namesake;                /* a country's name read as another place ("Georgia" the
                                     state, "Palestine, Texas"): no evidence for its country */
    double score;                 /* of the chosen candidate, for explain */
    double support;               /* from readings of other names near it (coherence.c),
                                     for explain */
} sr_toponym;


/* Find the toponyms of a whole document (places.c).  Country names come
 * from the "country" lexicon, everything else from the gazetteer when one is
 * loaded.  Results are in text order.  `country_weight` receives, for the
 * article, how strongly each country is in play (names, demonyms, dateline). */
/* ------------------------------------------------------------ coherence.c */
/* The readings of an article's place names, and which of them lie near a
 * reading of another name (places.c's co-occurrence evidence). */
typedef struct sr_geo_cloud sr_geo_cloud;
sr_geo_cloud *sr_cloud_new(void);
void sr_cloud_free(sr_geo_cloud *c);
/* Whether it has been solved, and whether any reading then had support. */
bool sr_cloud_solved(const sr_geo_cloud *c);
bool sr_cloud_any_support(const sr_geo_cloud *c);
/* Whether readings of this name (a hash of its normalised text) are in. */
bool sr_cloud_has(const sr_geo_cloud *c, uint32_t name);
/* Add the k readings p of one name with their scores from priors and
 * context; `group`: the name's core (a county's name without "County"),
 * whose forms never support each other; `gives`: whether they may support
 * the readings of other names.
 * Ignored once solved and for a name already in. */
void sr_cloud_add(sr_geo_cloud *c, uint32_t name, uint32_t group, bool gives, const sr_place *p,
                  const double *prior, size_t k);
/* Find the close pairs (within radius_km) and each reading's support; a
 * unit of support is worth `weight` in score, and a reading `sigma` below
 * its name's best gives 1/e of what the best would. */
void sr_cloud_solve(sr_geo_cloud *c, double radius_km, double weight, double sigma);
/* The support of one reading, at most 2 (0 before solving or when not in). */
double sr_cloud_support(const sr_geo_cloud *c, const sr_place *p);

typedef struct sr_geo_context {
    char iso2[64][3];
    double weight[64];
    double by_name[64];           /* the part of weight from the country's own name */
    int n;
    const char *admin1[32];       /* provinces in play (gazetteer strings) */
    char admin1_cc[32][3];
    int n_admin1;
    const char *town_admin1[32];  /* provinces of the towns the first round read */
    char town_admin1_cc[32][3];
    int n_town_admin1;
    float anchor_lat[32], anchor_lon[32]; /* towns named that resolve without doubt */
    int n_anchor;
    char admin1_text[8][64];      /* provinces as the article writes them ("Hakkari");
                                     toponyms' place.admin1 may point here */
    int n_admin1_text;
    sr_geo_cloud *cloud;          /* readings of the names (during sr_places_find only) */
} sr_geo_context;

size_t sr_places_find(const sitrep *s, const sr_doc *d, const sr_tokens *t,
                      sr_geo_context *ctx, sr_toponym **out);
/* The place of the article's dateline ("ANBAR, Iraq"), if it resolves. */
bool sr_places_dateline(const sitrep *s, const sr_doc *d, const sr_geo_context *g,
                        sr_place *out);
/* Centroid of a country from the country lexicon (false when unknown). */
bool sr_country_centroid(const sitrep *s, const char *iso2, float *lat, float *lon,
                         const char **name);

/* ------------------------------------------------------------- output.c */
/* A JSON string literal (NULL is null), and an RFC 4180 CSV field followed
 * by `sep`: shared by the event writers and the store's exporters. */
void sr_json_string(FILE *f, const char *s);
void sr_csv_field(FILE *f, const char *s, char sep);

/* ------------------------------------------------------------- clause.c */
/* One event mention: a trigger in a sentence with what the clause around it
 * says (actors, negation, modality, time, weapon, casualties). */

enum { SR_ACT_NONE = 0, SR_ACT_CIVILIAN, SR_ACT_PROTESTER, SR_ACT_RIOTER,
       SR_ACT_MILITARY, SR_ACT_POLICE, SR_ACT_SECURITY, SR_ACT_REBEL,
       SR_ACT_MILITIA, SR_ACT_GANG, SR_ACT_ARMED_UNKNOWN, SR_ACT_GOVERNMENT,
       SR_ACT_PARTY, SR_ACT_IGO, SR_ACT_SOURCE, SR_ACT_OTHER,
       SR_ACT_STATE /* a country or capital standing for its state: "Israel", "Washington" */ };

/* Victim groups a casualty figure may be broken down by ("killing 12
 * civilians and three soldiers"). */
enum { SR_GRP_CIVILIANS, SR_GRP_SOLDIERS, SR_GRP_POLICE, SR_GRP_MILITANTS, SR_GRP_N };

/* One casualty figure (killed, injured or abducted) as the text gives it. */
typedef struct sr_count {
    int n;                         /* -1 not stated, 0 "no casualties" */
    const char *q;                 /* "exact", "at_least", "more_than", "about", "up_to",
                                      "vague" ("dozens": ACLED's convention) */
    uint32_t tok;                  /* token where the figure was said */
    int grp[SR_GRP_N];             /* per victim group, -1 not stated */
    int lo, hi;                    /* lowest and highest figure when reports differ
                                      ("police said 8 ... residents put the toll at 15"),
                                      -1 when only one figure was given */
    bool official;                 /* told by police, army or officials */
} sr_count;

/* A figure not stated: n, every group and the range -1. */
void sr_count_unknown(sr_count *c);

typedef struct sr_actor_ref {
    uint32_t tok_begin, tok_end;   /* span of the name in tokens; 0,0 none */
    int cls;                       /* SR_ACT_* */
    bool weak;                     /* a noun that names the class only in context ("force") */
    char country[3];
} sr_actor_ref;

typedef struct sr_mention {
    uint32_t sent;
    uint32_t trig_begin, trig_end;
    const sr_lex_entry *trigger;
    const char *cls;               /* trigger class */
    bool negated, modal, prior, anaphoric, background, habitual, question;
    bool consequence;              /* "..., prompting Israel to strike": a second event the
                                      first one caused, told as an infinitive */
    bool generic;                  /* bare plural noun: "attacks have rattled" */
    int prior_days;                /* "a day after clashes": the earlier event is this many
                                      days before the story's (0 when not said) */
    bool has_date;                 /* an event-time expression in the clause */
    sr_ymd date, date_end;         /* date_end: last day of a range, y 0 otherwise */
    sr_timex_prec prec;
    sr_count killed, injured, abducted; /* the sentence's casualty figures */
    const sr_lex_entry *weapon;
    int weapon_count;
    sr_actor_ref a1, a2;
    int place;                     /* index into the toponym list or -1 */
    const char *why;               /* rule that decided, for explain */
} sr_mention;

/* Sentence-level facts used to join mentions into incidents. */
typedef struct sr_sent_info {
    sr_match weapons[16];          /* the sentence's weapon-lexicon matches, once */
    uint8_t n_weapons;
    bool background;               /* old date, "since", habitual */
    bool has_old_date;             /* the first past date of a background sentence */
    sr_ymd old_date; sr_timex_prec old_prec;
    bool has_date; sr_ymd date, date_end; sr_timex_prec prec;
    sr_count killed, injured, abducted; /* casualty figures found in the sentence */
    uint32_t para;                 /* paragraph number */
    const sr_lex_entry *weapon; int weapon_count;
    int place;                     /* most specific toponym or -1 */
} sr_sent_info;

typedef struct sr_analysis {
    const sitrep *s;
    const sr_doc *doc;
    const sr_tokens *t;
    sr_toponym *topo; size_t n_topo;
    sr_geo_context geo;
    sr_sent_info *si;              /* one per sentence */
    sr_mention *m; size_t n_m, cap_m;
    bool scope_all;
    FILE *explain;
    uint32_t sport_sents;          /* sentences with sport words (assemble.c): a match report */
} sr_analysis;

/* A non-weak weapon named in sentence si outside tokens [tb, te) and outside
 * proper names; with munition, only fired munitions. */
bool sr_weapon_besides(const sr_analysis *a, uint32_t si, uint32_t tb, uint32_t te, bool munition);
/* Analyse every sentence: fill a->si and a->m. */
void sr_clauses_analyse(sr_analysis *a);

/* ----------------------------------------------------------- assemble.c */
/* Join mentions into incidents and write one event per incident. */
int sr_assemble(sr_analysis *a, const sitrep_article *art, sitrep_events *out);

/* ------------------------------------------------------ whole pipeline */

struct sitrep {
    sr_lexicon *lex;
    sr_gaz *gaz;              /* NULL: country-level places only */
    char data_dir[512];
    bool scope_all;
    bool include_background;
    sitrep_counts counts;
    /* country lexicon by ISO code (index (c0-'A')*26 + (c1-'A')) */
    const sr_lex_entry *country_canon[676];
    const sr_lex_entry *country_capital[676];
    float *region_middle;     /* sr_gaz_region_middles(), built on first geoparse */
};

/* Index of an ISO 3166 alpha-2 code in the tables above, or -1. */
int sr_iso2_index(const char *cc);

#endif
