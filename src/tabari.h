/* tabari.h — TABARI-compatible dictionaries and the shallow pattern coder
 * that runs them (dict_tabari.c reads, coder_tabari.c codes).
 *
 * A TABARI project names an .actors, .verbs, .agents and .options file.
 * Every phrase in them (actor names, verb roots, verb patterns, synset
 * members) is compiled into a flat sequence of `tb_item`s; patterns with
 * {A|B} alternatives or &SYNSET references are expanded into one sequence
 * per alternative when the dictionary is read, so matching never branches
 * on anything but word gaps.
 */
#ifndef SITREP_TABARI_H
#define SITREP_TABARI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* How a dictionary word matches a text word. */
enum {
    TB_STEM,   /* WORD   : any text word that starts with it */
    TB_CLOSED, /* WORD_  : the word itself or it plus a regular ending */
    TB_EXACT,  /* WORD=  : the word itself only */
    TB_PLURAL, /* PETRARCH2 pattern word: the word or it plus a noun ending */
};

/* What one element of a phrase or pattern is. */
enum {
    TB_WORD,
    TB_VERB,     /* *  the verb itself */
    TB_SOURCE,   /* $  an actor that becomes the source */
    TB_TARGET,   /* +  an actor that becomes the target */
    TB_COMPOUND, /* %  a compound actor whose members act on each other */
    TB_SKIP,     /* ^  any actor, skipped */
};

typedef struct tb_item {
    unsigned char type, mode;
    bool adj;     /* joined to the previous item with "_": no words between */
    char *word;   /* upper case, TB_WORD only */
} tb_item;

typedef struct tb_seq {
    tb_item *v; size_t n;
} tb_seq;

/* One code, optionally limited to a date range (yyyymmdd, inclusive). */
typedef struct tb_dated {
    char *code;
    long from, to;   /* 0 = open */
} tb_dated;

typedef struct tb_actor {
    tb_seq phrase;
    tb_dated *codes; size_t n_codes;
    bool agent;      /* from an .agents file: code holds "~" */
    bool discard;    /* from a PETRARCH discards file: drops the record */
    int line; const char *file;
} tb_actor;

typedef struct tb_pattern {
    tb_seq before;   /* items before "*", nearest the verb first */
    tb_seq after;    /* items after "*", in order */
    char *code;
    int score;       /* characters of literal words: longer patterns win */
    int order;
} tb_pattern;

typedef struct tb_verb {
    tb_seq *forms; size_t n_forms;   /* root phrase, then {} forms */
    char *code;
    tb_pattern *pats; size_t n_pats; /* sorted best first */
    int line; const char *file;
} tb_verb;

typedef struct tb_synset {
    char *name;                      /* without & */
    char **members; size_t n;        /* raw member text */
} tb_synset;

/* A multimap from a phrase's first word to (id, sub): the coder looks up
 * every prefix of a text word, since dictionary words may be stems. */
typedef struct tb_hent { const char *key; size_t id, sub; } tb_hent;
typedef struct tb_hash { tb_hent *v; size_t cap, n; } tb_hash;
/* Calls fn for each entry whose key is exactly w[0..len). */
void tb_hash_each(const tb_hash *h, const char *w, size_t len,
                  void (*fn)(const tb_hent *e, void *user), void *user);

/* PETRARCH2's internal coding ontology (PICO): a CAMEO code as a number
 * whose hex digits name a category, so that nested verbs combine
 * ("wants" 030 + "help" 070 = 033). */
typedef struct tb_pico { char code[8]; long val; } tb_pico;

/* A PETRARCH2 verb transformation ("~ a (b . ATTACK) SAY = a b 112"):
 * an upper verb whose complement has the lower verb.  up and low are the
 * verbs' codes (low empty for "Q", any verb); s and t say what the lower
 * event's source and target must be ('a' the upper source, 'b' another
 * actor, '_' none, '.' any), rs and rt which actors the result takes. */
typedef struct tb_transform {
    char up[16], low[16];
    char s, t, rs, rt;
    char code[16];   /* empty: the lower verb's code ("Q") */
} tb_transform;

typedef struct tb_options {
    int complex_verbs, complex_conj; /* 0 = no limit */
    bool noactprior;
    bool convert_agent;
    int code_by;                     /* 0 default, 1 sentence, 2 clause, 3 all */
    bool comma_off;
    int comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
    char *default_source, *default_target;
    bool default_source_prior, default_target_after;
    int min_words;
    bool forward;                    /* FORWARD: pronouns may take the last record's actor */
    bool time_shift;                 /* SET: TIME SHIFT: <TIME> phrases apply */
    bool treebank;                   /* split "didn't" into "did n't" (PETRARCH) */
    bool petrarch;                   /* PETRARCH agents: nested, shared by a list, alone as ---AGT */
    bool no_dyad;                    /* PETRARCH require_dyad = false: code with a "---" side */
    bool petrarch2;                  /* PETRARCH2: nested verbs combine (with an ontology),
                                        [A:B] codes A only, cooperation among a compound */
    bool allcaps;
} tb_options;

typedef struct tb_dict {
    tb_actor *actors; size_t n_actors, cap_actors;
    tb_verb *verbs; size_t n_verbs, cap_verbs;
    tb_synset *syn; size_t n_syn, cap_syn;
    tb_actor *times; size_t n_times;          /* <TIME> phrases with ### or +++ */
    char **nouns; size_t n_nouns, cap_nouns;   /* <NOUN> and <ADJECTIVE> */
    bool *noun_adj;                            /* true: from <ADJECTIVE> */
    char **files; size_t n_files;              /* names kept for messages */
    tb_pico *pico; size_t n_pico;              /* PETRARCH2 ontology, if read */
    tb_transform *tr; size_t n_tr;             /* PETRARCH2 verb transformations */
    tb_options opt;
    FILE *warn;                                /* skipped lines reported here (stderr) */
    size_t n_bad;                              /* lines skipped */
    /* names and verb forms by their first word, built by tb_dict_finish */
    tb_hash actor_hash, verb_hash, noun_hash;
} tb_dict;

/* Reading.  Each returns 0, or -1 with the reason in err when a file cannot
 * be read at all.  A line that cannot be understood is reported to d->warn
 * (stderr when NULL) as "sitrep: FILE:LINE: reason (line skipped)". */
void tb_dict_init(tb_dict *d);
int tb_read_project(tb_dict *d, const char *path, char **textfile, char *err, size_t n);
int tb_read_actors(tb_dict *d, const char *path, bool agents, char *err, size_t n);
int tb_read_verbs(tb_dict *d, const char *path, char *err, size_t n);
int tb_read_options(tb_dict *d, const char *path, char *err, size_t n);
/* One options line ("SET: CONVERT AGENT = TRUE"); 0, or -1 when not understood. */
int tb_apply_option(tb_options *o, const char *line, char *err, size_t n);
/* Builds the lookup tables; call after the last read. */
void tb_dict_finish(tb_dict *d);
void tb_dict_free(tb_dict *d);

/* Parses phrase text ("AL_GORE", "- * FOR { A | B }") into one or more flat
 * sequences, expanding alternatives and synsets.  Returns the number of
 * sequences (at most max) or -1 with a reason in err. */
int tb_parse_phrase(const tb_dict *d, const char *text, tb_seq *out, int max,
                    char *err, size_t n);
/* Parses an actor, agent or time name: words only, "&" and the like are
 * letters there.  0, or -1 with a reason in err. */
int tb_parse_name(const tb_dict *d, const char *text, tb_seq *out, char *err, size_t n);
void tb_seq_free(tb_seq *s);

/* PETRARCH-1 dictionaries (dict_petrarch.c), read into the same tables.
 * Each returns 0, or -1 when the file cannot be opened; bad lines are
 * reported to d->warn and skipped. */
int pr_read_verbs(tb_dict *d, const char *path, char *err, size_t n);
int pr_read_actors(tb_dict *d, const char *path, char *err, size_t n);
int pr_read_agents(tb_dict *d, const char *path, char *err, size_t n);
int pr_read_discards(tb_dict *d, const char *path, char *err, size_t n);
/* PETRARCH2's coding ontology (PETR.Internal.Coding.Ontology.txt: lines
 * "CODE:VALUE", VALUE a sum of hex terms).  With it, verbs nested in the
 * complement of another verb combine their codes. */
int pr_read_ontology(tb_dict *d, const char *path, char *err, size_t n);
/* The PICO value of a CAMEO code (a code not listed falls back to its
 * three-digit root); false when there is none. */
bool pr_pico(const tb_dict *d, const char *code, long *val);
/* The CAMEO code of a PICO value, or NULL. */
const char *pr_cameo(const tb_dict *d, long val);
/* PETRARCH's default options (comma clauses 2-8, no minimum length). */
void pr_options(tb_options *o);

/* Coding. */
typedef struct tb_event {
    char *source, *target, *code;
    int sentence;
    bool dominant;   /* from a code marked "!" */
} tb_event;

typedef struct tb_events {
    tb_event *v; size_t n, cap;
    bool discarded, complex;
    char forward_in[32];    /* set by the caller: the actor a leading pronoun may take */
    char forward_out[32];   /* set by tb_code: this record's first actor, for the next */
} tb_events;

/* Codes one record (one or more sentences) dated yyyymmdd. */
void tb_code(const tb_dict *d, const char *text, long date, tb_events *out, FILE *trace);
void tb_events_free(tb_events *e);

/* "950101" -> 19950101; "010101" -> 20010101; 8 digits kept. 0 if invalid. */
long tb_date(const char *s, size_t n);

/* One "[...]" code block's body ("CODE", "CODE <DATE", "CODE >DATE",
 * "CODE DATE-DATE") into dc, for the TABARI and PETRARCH readers alike;
 * check_chars: a code may only hold letters, digits and ~ - / : ! ? + # .
 * (TABARI's rule).  0, or -1 with the reason in err. */
int tb_parse_code_block(const char *body, bool check_chars, tb_dated *dc, char *err, size_t n);

#endif
