/* pipeline.c — open a sitrep context and run one article through the stages.
 *
 * sitrep_open() loads every lexicon in the data directory (found from the
 * options, $SITREP_DATA, ../share/sitrep beside an installed executable, or
 * the build tree's data/ folder) and memory-maps the gazetteer if one is
 * there; without
 * a gazetteer places resolve to countries only, and a warning says so.
 * sitrep_code() is the pipeline in order: clean, segment, tokenize (with
 * lemmas), places, clauses, assemble.  With an explain stream it prints what
 * each stage found, so every field of an event can be traced to its cause.
 */
#include "internal.h"
#include "gazetteer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct { const char *file, *kind; } LEXICONS[] = {
    {"triggers.lex", "trigger"}, {"weapons.lex", "weapon"}, {"agents.lex", "agent"},
    {"groups.lex", "group"},     {"countries.lex", "country"}, {"casualty.lex", "casualty"},
    {"placestop.lex", "placestop"}, {"context.lex", "context"}, {"regions.lex", "region"},
    {NULL, NULL}};

static bool is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exe_relative(const char *rel, char *out, size_t cap)
{
    char exe[400];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return false;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return false;
    *slash = 0;
    int k = snprintf(out, cap, "%s/%.64s", exe, rel);
    return k > 0 && (size_t)k < cap;
}

static const char *find_data_dir(const sitrep_options *opt, char *buf, size_t cap)
{
    if (opt && opt->data_dir) return opt->data_dir;
    const char *env = getenv("SITREP_DATA");
    if (env && *env) return env;
    /* an installed binary's own data first, then the build tree's */
    if (exe_relative("../share/sitrep", buf, cap) && is_dir(buf)) return buf;
#ifdef SITREP_DEFAULT_DATA
    if (is_dir(SITREP_DEFAULT_DATA)) return SITREP_DEFAULT_DATA;
#endif
    if (exe_relative("../data", buf, cap) && is_dir(buf)) return buf;
    return "data";
}

static const char *find_gazetteer(const sitrep_options *opt, char *buf, size_t cap)
{
    if (opt && opt->gazetteer) return opt->gazetteer;
    const char *env = getenv("SITREP_GAZETTEER");
    if (env && *env) return env;
    if (exe_relative("../share/sitrep/gazetteer.bin", buf, cap) && access(buf, R_OK) == 0) return buf;
#ifdef SITREP_DEFAULT_GAZ
    if (access(SITREP_DEFAULT_GAZ, R_OK) == 0) return SITREP_DEFAULT_GAZ;
#endif
    if (exe_relative("gazetteer.bin", buf, cap) && access(buf, R_OK) == 0) return buf;
    return NULL;
}

sitrep *sitrep_open(const sitrep_options *opt, char *err, size_t errlen)
{
    char dbuf[512], gbuf[512], path[1024];
    const char *dir = find_data_dir(opt, dbuf, sizeof dbuf);
    if (!is_dir(dir)) {
        snprintf(err, errlen, "lexicon directory %s not found (set SITREP_DATA or --data)", dir);
        return NULL;
    }
    sitrep *s = sr_xcalloc(1, sizeof *s);
    snprintf(s->data_dir, sizeof s->data_dir, "%s", dir);
    s->scope_all = opt && opt->scope_all;
    s->include_background = opt && opt->include_background;
    s->lex = sr_lexicon_new();
    for (int i = 0; LEXICONS[i].file; i++) {
        snprintf(path, sizeof path, "%s/lexicon/%s", dir, LEXICONS[i].file);
        if (sr_lexicon_load(s->lex, path, LEXICONS[i].kind, err, errlen) != 0) {
            sitrep_close(s);
            return NULL;
        }
    }
    /* country lookups by code: canonical names and first capitals */
    const sr_lex_entry **cv;
    size_t cn = sr_lexicon_entries(s->lex, "country", &cv);
    for (size_t k = 0; k < cn; k++) {
        int ix = sr_iso2_index(sr_lex_get(cv[k], "iso2"));
        const char *type = sr_lex_get(cv[k], "type"), *can = sr_lex_get(cv[k], "canonical");
        if (ix < 0 || !type) continue;
        if (!strcmp(type, "name") && can && !strcmp(can, "yes")) s->country_canon[ix] = cv[k];
        if (!strcmp(type, "capital") && !s->country_capital[ix]) s->country_capital[ix] = cv[k];
    }
    snprintf(path, sizeof path, "%s/lexicon/lemma.lex", dir);
    if (sr_lemma_load_exceptions(path, err, errlen) != 0) {
        sitrep_close(s);
        return NULL;
    }
    const char *gz = find_gazetteer(opt, gbuf, sizeof gbuf);
    if (gz) {
        char gerr[512];
        s->gaz = sr_gaz_open(gz, gerr, sizeof gerr);
        if (!s->gaz) {
            snprintf(err, errlen, "%s", gerr);
            sitrep_close(s);
            return NULL;
        }
    }
    return s;
}

int sitrep_lexicon_check(const sitrep *s, FILE *out, int *warnings)
{
    return sr_lexicon_check(s->lex, out, warnings);
}

void sitrep_close(sitrep *s)
{
    if (!s) return;
    sr_lexicon_free(s->lex);
    if (s->gaz) sr_gaz_close(s->gaz);
    free(s->region_middle);
    sr_lemma_free();
    free(s);
}

int sr_iso2_index(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2]) return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

int sitrep_has_gazetteer(const sitrep *s) { return s && s->gaz != NULL; }

sitrep_counts sitrep_get_counts(const sitrep *s) { return s->counts; }

const char *sitrep_gazetteer_attribution(const sitrep *s)
{
    return s && s->gaz ? sr_gaz_attribution(s->gaz) : NULL;
}

static void explain_doc(FILE *f, const sr_analysis *a)
{
    const sr_doc *d = a->doc;
    char pub[11];
    sr_ymd_format(d->pubdate, pub);
    fprintf(f, "clean: %zu bytes; title %s%s%s; publication date %s (%s); dateline \"%s\"\n",
            d->len, d->title ? "\"" : "", d->title ? d->title : "none", d->title ? "\"" : "",
            pub[0] ? pub : "unknown", d->pubdate_source ? d->pubdate_source : "none", d->dateline);
    for (uint32_t si = 0; si < a->t->n_sent; si++) {
        const sr_sentence *st = &a->t->sent[si];
        const sr_sent_info *in = &a->si[si];
        fprintf(f, "[%u] %.*s\n", si + 1, (int)(st->end - st->start), d->text + st->start);
        char dt[11] = "";
        if (in->has_date) sr_ymd_format(in->date, dt);
        fprintf(f, "    time: %s%s", in->has_date ? dt : "-", in->background ? " (background)" : "");
        if (in->killed.n >= 0 || in->injured.n >= 0 || in->abducted.n >= 0)
            fprintf(f, "; killed %d injured %d abducted %d", in->killed.n, in->injured.n, in->abducted.n);
        if (in->weapon) fprintf(f, "; weapon %s (count %d)", in->weapon->phrase, in->weapon_count);
        fprintf(f, "\n");
        for (size_t k = 0; k < a->n_topo; k++) {
            const sr_toponym *tp = &a->topo[k];
            if (tp->sent != si) continue;
            const sr_token *b = &a->t->tok[tp->tok_begin], *e = &a->t->tok[tp->tok_end - 1];
            fprintf(f, "    place: \"%.*s\" -> %s, %s, %s (%.4f, %.4f) kind %d, %d candidate(s), score %.1f%s%s",
                    (int)(e->end - b->start), d->text + b->start, tp->place.name ? tp->place.name : "",
                    tp->place.admin1 ? tp->place.admin1 : "", tp->place.country, tp->place.lat,
                    tp->place.lon, tp->place.kind, tp->n_candidates, tp->score,
                    tp->reference ? ", reference point" : tp->unresolved ? ", not in the gazetteer (coordinates of the place shown)" : "",
                    tp->modifier ? ", names an actor" : "");
            /* why a namesake won: other places of the article lie near it */
            if (tp->support > 0) fprintf(f, ", support %.2f from places named near it", tp->support);
            fprintf(f, "\n");
        }
        for (size_t k = 0; k < a->n_m; k++) {
            const sr_mention *m = &a->m[k];
            if (m->sent != si) continue;
            fprintf(f, "    trigger: \"%s\" class %s (%s:%d)%s%s%s%s%s%s\n", m->trigger->phrase, m->cls,
                    m->trigger->file, m->trigger->line, m->negated ? " negated" : "",
                    m->modal ? " modal" : "", m->prior ? " prior" : "",
                    m->anaphoric ? " refers-back" : "", m->habitual ? " habitual" : "",
                    m->question ? " question" : "");
        }
    }
}

int sitrep_code(sitrep *s, const sitrep_article *art, sitrep_events *out, FILE *explain)
{
    sr_doc doc;
    sr_clean(art, &doc);
    sr_tokens t;
    memset(&t, 0, sizeof t);
    sr_segment(doc.text, doc.len, &t);
    sr_tokenize(doc.text, doc.len, &t);
    sr_analysis a;
    memset(&a, 0, sizeof a);
    a.s = s;
    a.doc = &doc;
    a.t = &t;
    a.scope_all = s->scope_all;
    a.explain = explain;
    a.n_topo = sr_places_find(s, &doc, &t, &a.geo, &a.topo);
    sr_clauses_analyse(&a);
    if (explain) {
        fprintf(explain, "== article %s (%s:%ld)\n", art->id ? art->id : "?",
                art->source ? art->source : "?", art->line);
        explain_doc(explain, &a);
        fprintf(explain, "assemble:\n");
    }
    int n = sr_assemble(&a, art, out);
    s->counts.articles++;
    s->counts.sentences += t.n_sent;
    s->counts.bytes += doc.len;
    if (n > 0) s->counts.events += (unsigned long)n;
    free(a.topo);
    free(a.si);
    free(a.m);
    sr_tokens_free(&t);
    sr_doc_free(&doc);
    return n;
}

void sitrep_events_free(sitrep_events *ev)
{
    for (size_t i = 0; i < ev->n; i++) free(ev->v[i].evidence.text);
    free(ev->v);
    ev->v = NULL;
    ev->n = ev->cap = 0;
}
