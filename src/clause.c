/* clause.c — analyse each sentence around its event triggers.
 *
 * For every sentence we find, with the lexicons and without a parser:
 *   - time: the event-time expressions (not "said on Sunday"), and whether
 *     the sentence is background (old dates, "since", habitual wording);
 *   - triggers: event words, each checked for negation ("did not attack"),
 *     modality ("threatened to attack", "plans to"), prior events ("days
 *     after an attack") and anaphora ("the attack" refers back);
 *   - actors: agent nouns, named groups and countries; who acted and who
 *     was acted on, by position and voice ("X was attacked by Y");
 *   - weapon and munition count ("Four Katyusha rockets");
 *   - casualty counts ("killing 12", "12 were killed", "no casualties").
 * Each trigger that survives becomes an sr_mention; assemble.c joins the
 * mentions into incidents.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_M 64

static const char *lem(const sr_tokens *t, uint32_t i) { return t->tok[i].lemma; }
static const char *nrm(const sr_tokens *t, uint32_t i) { return t->tok[i].norm; }
static bool is_participle(const sr_tokens *t, uint32_t i);



static const char *const REPORTING[] = {"say", "said", "tell", "told", "report", "announce",
                                        "confirm", "stated", "add", "claim", "according",
                                        "quote", "write", "wrote", "posted", "tweet",
                                        "statement", NULL};
static const char *const BE[] = {"be", "is", "was", "were", "been", "being", "are", "am",
                                 "get", "got", NULL};
static const char *const TIME_UNIT[] = {"week", "month", "year", "night", "day", "weekend",
                                        "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", NULL};
static const char *const MODAL[] = {"will", "would", "could", "may", "might", "shall",
                                    "should", "must", "can", "wo", NULL};
static const char *const INTENT[] = {"threaten", "plan", "vow", "warn", "intend", "want",
                                     "seek", "prepare", "aim", "pledge", "promise", "call",
                                     "urge", "demand", "fear", "risk", "ready", "able",
                                     "expect", "likely", "decide",
                                     "order", "ask", "allow", "agree", "fail", "persuade",
                                     "encourage", "consider", "propose", "prevent",
                                     "avert", "avoid", "threat", "certain", "vote",
                                     /* not real: "squibs simulate bullets striking" */
                                     "simulate", "depict", "portray", "imagine", "pretend",
                                     "ballot", NULL};
static const char *const NEG[] = {"not", "n't", "never", "no", "without", "nobody",
                                  "none", "neither", "nor", NULL};
/* denials, and accusations or trials, which speak of deeds not reported as news */
static const char *const DENY[] = {"deny", "denied", "denial", "reject", "dismiss", "accuse", "allege",
                                   "convict", "sentence", "trial", "acquit", NULL};
static const char *const HABIT[] = {"often", "regularly", "frequently", "routinely",
                                    "repeatedly", "usually", "sometimes", "previously",
                                    "typically", "periodically", "occasionally",
                                    "historically", NULL};
static const char *const DET_DEF[] = {"the", "this", "that", "these", "those", "its",
                                      "their", "his", "her", "such", NULL};

static bool is_num_tok(const sr_tokens *t, uint32_t i)
{
    return t->tok[i].value >= 0 || t->tok[i].value <= -2;
}

/* ----------------------------------------------------------- time */

typedef struct tx_tok {
    sr_timex x;
    uint32_t b, e;   /* token range */
    bool reporting;
} tx_tok;

static size_t sentence_timex(const sr_analysis *a, uint32_t si, tx_tok *out, size_t max)
{
    const sr_sentence *st = &a->t->sent[si];
    sr_timex x[16];
    size_t n = sr_timex_find(a->doc->text + st->start, st->end - st->start, a->doc->pubdate,
                             x, 16);
    size_t k = 0;
    for (size_t j = 0; j < n && k < max; j++) {
        uint32_t s0 = st->start + x[j].start, e0 = st->start + x[j].end;
        uint32_t b = st->tok_end, e = st->tok_begin;
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            if (a->t->tok[i].end > s0 && a->t->tok[i].start < e0) {
                if (i < b) b = i;
                e = i + 1;
            }
        }
        if (b >= e) continue;
        out[k].x = x[j];
        out[k].b = b;
        out[k].e = e;
        out[k].reporting = false;
        /* "said on Sunday", "told Reuters on Sunday": the time of the report */
        for (uint32_t i = b; i > st->tok_begin && i + 4 > b; i--) {
            const char *w = lem(a->t, i - 1);
            if (sr_word_in(w, REPORTING) || sr_word_in(nrm(a->t, i - 1), REPORTING)) {
                out[k].reporting = true;
                break;
            }
            if (a->t->tok[i - 1].flags & SR_TOK_PUNCT) break;
        }
        k++;
    }
    return k;
}

/* ---------------------------------------------------------- actors */

typedef struct actor_span {
    uint32_t b, e;
    int cls;
    char country[3];
    bool weak;
} actor_span;

static int class_of(const char *c)
{
    static const struct { const char *n; int v; } M[] = {
        {"civilian", SR_ACT_CIVILIAN}, {"protester", SR_ACT_PROTESTER},
        {"rioter", SR_ACT_RIOTER}, {"military", SR_ACT_MILITARY},
        {"police", SR_ACT_POLICE}, {"security", SR_ACT_SECURITY},
        {"rebel", SR_ACT_REBEL}, {"militia", SR_ACT_MILITIA}, {"gang", SR_ACT_GANG},
        {"armed_unknown", SR_ACT_ARMED_UNKNOWN}, {"government", SR_ACT_GOVERNMENT},
        {"gov", SR_ACT_GOVERNMENT}, {"party", SR_ACT_PARTY}, {"igo", SR_ACT_IGO},
        {"ngo", SR_ACT_IGO}, {"igo_force", SR_ACT_MILITARY}, {"source", SR_ACT_SOURCE},
        {"spokes", SR_ACT_SOURCE}, {"detainee", SR_ACT_CIVILIAN},
        {"settler", SR_ACT_CIVILIAN}, {NULL, 0}};
    if (!c) return SR_ACT_OTHER;
    for (int i = 0; M[i].n; i++)
        if (!strcmp(c, M[i].n)) return M[i].v;
    return SR_ACT_OTHER;
}

/* Actor phrases of a sentence: agent nouns with their modifiers, named
 * groups, and demonyms or country names used as actors. */
static size_t sentence_actors(const sr_analysis *a, uint32_t si, actor_span *out, size_t max)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    const sr_lexicon *lx = a->s->lex;
    size_t n = 0;
    for (uint32_t i = st->tok_begin; i < st->tok_end && n < max;) {
        uint32_t end;
        const sr_lex_entry *g = sr_lexicon_match_at(lx, "group", t, i, st->tok_end, &end);
        if (g && sr_lex_get(g, "ambiguous") && !(t->tok[i].flags & SR_TOK_CAP)) g = NULL;
        if (g && (t->tok[i].flags & (SR_TOK_CAP | SR_TOK_UPPER))) {
            actor_span *x = &out[n++];
            memset(x, 0, sizeof *x);
            x->b = i;
            x->e = end;
            x->cls = class_of(sr_lex_get(g, "class"));
            snprintf(x->country, 3, "%s", sr_lex_get(g, "country") ? sr_lex_get(g, "country") : "");
            /* "the Allied Democratic Forces (ADF) rebels": swallow an agent noun */
            uint32_t k = end;
            if (k < st->tok_end && !strcmp(nrm(t, k), "(")) {
                while (k < st->tok_end && strcmp(nrm(t, k), ")")) k++;
                if (k < st->tok_end) k++;
            }
            uint32_t e2;
            const sr_lex_entry *ag = sr_lexicon_match_at(lx, "agent", t, k, st->tok_end, &e2);
            if (ag) x->e = e2;
            i = x->e;
            continue;
        }
        const sr_lex_entry *ag = sr_lexicon_match_at(lx, "agent", t, i, st->tok_end, &end);
        /* "suspected militants", "wounded soldiers": a participle before a
         * noun is an adjective, not the agent noun */
        size_t nl = strlen(nrm(t, i));
        if (ag && end == i + 1 && nl > 3 && !strcmp(nrm(t, i) + nl - 2, "ed") &&
            end < st->tok_end && (t->tok[end].flags & SR_TOK_WORD) && !(t->tok[end].flags & SR_TOK_PUNCT) &&
            strcmp(nrm(t, end), "by") && strcmp(nrm(t, end), "in") && strcmp(nrm(t, end), "and"))
            ag = NULL;
        if (ag) {
            actor_span *x = &out[n++];
            memset(x, 0, sizeof *x);
            x->b = i;
            x->e = end;
            x->cls = class_of(sr_lex_get(ag, "class"));
            x->weak = sr_lex_get(ag, "weak") != NULL;
            /* modifiers: demonyms, country names, "US-led", capitalised words */
            uint32_t b = i;
            while (b > st->tok_begin && i - b < 3) {
                const sr_token *p = &t->tok[b - 1];
                uint32_t ce;
                const sr_lex_entry *c = sr_lexicon_match_at(lx, "country", t, b - 1, i, &ce);
                if (c) {
                    snprintf(x->country, 3, "%s", sr_lex_get(c, "iso2") ? sr_lex_get(c, "iso2") : "");
                    b--;
                    continue;
                }
                if ((p->flags & SR_TOK_CAP) && !(p->flags & SR_TOK_SENT_START) && !(p->flags & SR_TOK_PUNCT)) { b--; continue; }
                if (strchr(p->norm, '-') && (p->flags & SR_TOK_WORD) && strstr(p->norm, "-led")) { b--; continue; }
                break;
            }
            x->b = b;
            i = end;
            continue;
        }
        uint32_t ce;
        const sr_lex_entry *c = sr_lexicon_match_at(lx, "country", t, i, st->tok_end, &ce);
        if (c && (t->tok[i].flags & SR_TOK_CAP)) {
            const char *type = sr_lex_get(c, "type");
            /* a demonym or country used as a noun phrase: "Palestinians",
             * "Israel", "Washington said" */
            bool adj_before_agent = false;
            uint32_t e2;
            if (ce < st->tok_end && sr_lexicon_match_at(lx, "agent", t, ce, st->tok_end, &e2))
                adj_before_agent = true;
            /* "Iraq's air base", "in Iraq": a place, not an actor */
            bool possessive = ce < st->tok_end && !strcmp(nrm(t, ce), "'s");
            /* "in Iraq", "in western Iraq", "across northern Syria" */
            uint32_t pi = i;
            static const char *const DIRS[] = {"northern", "southern", "eastern", "western",
                                               "central", "north", "south", "east", "west",
                                               "northeastern", "northwestern", "southeastern",
                                               "southwestern", "northeast", "northwest",
                                               "southeast", "southwest", "occupied", NULL};
            while (pi > st->tok_begin && sr_word_in(nrm(t, pi - 1), DIRS)) pi--;
            bool locative = pi > st->tok_begin &&
                            (!strcmp(nrm(t, pi - 1), "in") || !strcmp(nrm(t, pi - 1), "across") ||
                             !strcmp(nrm(t, pi - 1), "into") || !strcmp(nrm(t, pi - 1), "near") ||
                             !strcmp(nrm(t, pi - 1), "of") || !strcmp(nrm(t, pi - 1), "from") ||
                             !strcmp(nrm(t, pi - 1), "on") || !strcmp(nrm(t, pi - 1), "at"));
            if (!adj_before_agent && type && !possessive && !(locative && strcmp(type, "demonym"))) {
                actor_span *x = &out[n++];
                memset(x, 0, sizeof *x);
                x->b = i;
                x->e = ce;
                x->cls = !strcmp(type, "demonym") ? SR_ACT_OTHER : SR_ACT_STATE;
                /* plural demonyms name people, not governments */
                if (!strcmp(type, "demonym") && t->tok[ce - 1].norm[0] &&
                    t->tok[ce - 1].norm[strlen(t->tok[ce - 1].norm) - 1] == 's')
                    x->cls = SR_ACT_CIVILIAN;
                else if (!strcmp(type, "demonym"))
                    x->weak = true;
                snprintf(x->country, 3, "%s", sr_lex_get(c, "iso2") ? sr_lex_get(c, "iso2") : "");
            }
            i = ce;
            continue;
        }
        i++;
    }
    return n;
}

static void set_ref(sr_actor_ref *r, const actor_span *x)
{
    r->tok_begin = x->b;
    r->tok_end = x->e;
    r->cls = x->cls;
    r->weak = x->weak;
    snprintf(r->country, 3, "%s", x->country);
}

/* A past tense or past participle: "-ed", or an irregular form the
 * lemmatizer changed ("struck", "shot") that is not a plural or "-ing". */
static bool is_participle(const sr_tokens *t, uint32_t i)
{
    const char *n = nrm(t, i);
    size_t l = strlen(n);
    if (l > 2 && !strcmp(n + l - 2, "ed")) return true;
    if (!strcmp(n, lem(t, i))) return false;
    if (l > 1 && n[l - 1] == 's') return false;
    if (l > 3 && !strcmp(n + l - 3, "ing")) return false;
    return true;
}

/* The clause's subject is a pronoun: "They beheaded ...", "he shot". */
static bool pronoun_subject(const sr_tokens *t, const sr_sentence *st, uint32_t tb)
{
    static const char *const PRON[] = {"they", "he", "she", NULL};
    for (uint32_t j = tb; j > st->tok_begin && j + 4 > tb; j--) {
        const char *w = nrm(t, j - 1);
        if (sr_word_in(w, PRON)) return true;
        if (!strcmp(w, ",") || !strcmp(w, "and")) return false;
    }
    return false;
}

static void find_actors(const sr_analysis *a, uint32_t si, sr_mention *m,
                        const actor_span *ac, size_t n_ac, bool nominal)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    uint32_t tb = m->trig_begin, te = m->trig_end;
    bool passive = false;
    if (!nominal) {
        for (uint32_t i = tb; i > st->tok_begin && i + 3 > tb; i--) {
            if (sr_word_in(lem(t, i - 1), BE) || sr_word_in(nrm(t, i - 1), BE)) {
                passive = is_participle(t, tb);
                break;
            }
        }
        /* headline style "Two Palestinians killed in Israeli strike": a
         * participle with no object after it */
        static const char *const AFTER_PASSIVE[] = {"in", "by", "at", "during", "on", "after",
                                                    "as", "when", "near", "while", ",", ".",
                                                    "overnight", "today", "yesterday", NULL};
        /* (not a verb with no object: "Troops and rebels clashed near Kidal") */
        if (!passive && te == tb + 1 && is_participle(t, tb) && te < st->tok_end &&
            strcmp(m->cls, "clash") &&
            sr_word_in(nrm(t, te), AFTER_PASSIVE) && tb > st->tok_begin &&
            !(te + 1 < st->tok_end && !strcmp(nrm(t, te), "at") &&
              (!strcmp(nrm(t, te + 1), "least") || !strcmp(nrm(t, te + 1), "most"))) &&
            !sr_word_in(nrm(t, tb - 1), MODAL) && strcmp(nrm(t, tb - 1), "have") &&
            strcmp(nrm(t, tb - 1), "has") && strcmp(nrm(t, tb - 1), "had"))
            passive = true;
    }
    /* "by X" after the trigger names the doer */
    int by = -1;
    for (uint32_t i = te; i < st->tok_end && i < te + 8; i++) {
        if (!strcmp(nrm(t, i), "by")) { by = (int)i; break; }
        if (!strcmp(nrm(t, i), ".") || !strcmp(nrm(t, i), ";")) break;
    }
    const actor_span *before = NULL, *after = NULL, *byx = NULL;
    for (size_t k = 0; k < n_ac; k++) {
        const actor_span *x = &ac[k];
        if (x->cls == SR_ACT_SOURCE) continue;
        if (x->e <= tb) {
            /* nearest before, but a reporting clause "X said" is not the
             * doer, nor is the object of a preposition ("fired at
             * protesters and detained them") */
            bool reports = x->e < st->tok_end && (sr_word_in(lem(t, x->e), REPORTING));
            static const char *const PREP[] = {"at", "on", "against", "to", "with", "of", "in",
                                               "for", "from", "into", "toward", "towards",
                                               "near", "among", NULL};
            bool object = x->b > st->tok_begin && sr_word_in(nrm(t, x->b - 1), PREP);
            /* "They beheaded the man and kidnapped the women": the object of
             * the verb before "and" is not the subject of the one after */
            uint32_t vb = x->b;
            while (vb > st->tok_begin && (sr_word_in(nrm(t, vb - 1), DET_DEF) || !strcmp(nrm(t, vb - 1), "a") ||
                                          !strcmp(nrm(t, vb - 1), "an")))
                vb--;
            bool verb_object = vb > st->tok_begin && vb < x->b && is_participle(t, vb - 1) &&
                               x->e + 1 == tb && !strcmp(nrm(t, x->e), "and");
            if (verb_object) continue;
            if (!reports && !(object && before)) before = x;
        } else if (x->b >= te) {
            bool reports = x->e < st->tok_end && sr_word_in(lem(t, x->e), REPORTING);
            if (by >= 0 && x->b > (uint32_t)by && !byx) byx = x;
            if (!after && x->b < te + 14 && !reports) after = x;  /* not ", police said" */
        }
    }
    if (nominal) {
        /* "Israeli airstrike", "the Taliban's attack", "a rocket attack by X
         * on Y": the doer stands right before the noun or after "by" */
        if (byx) set_ref(&m->a1, byx);
        else if (before && (before->e == tb ||
                            (before->e + 1 == tb && !strcmp(nrm(t, before->e), "'s")) ||
                            (before->e + 2 == tb && (t->tok[before->e].flags & SR_TOK_CAP))))
            set_ref(&m->a1, before);
        if (after && after != byx) set_ref(&m->a2, after);
    } else if (passive) {
        if (before) set_ref(&m->a2, before);
        if (byx) set_ref(&m->a1, byx);
        else if (after && m->a2.tok_end == 0) set_ref(&m->a2, after);
    } else {
        if (before) set_ref(&m->a1, before);
        else if (tb > st->tok_begin && pronoun_subject(t, st, tb)) {
            /* "An insurgent group surprised a couple ... They beheaded the
             * man": "they" is the doer of the sentence before */
            actor_span prev[16];
            size_t np = si > 0 ? sentence_actors(a, si - 1, prev, 16) : 0;
            for (size_t k = 0; k < np; k++)
                if (prev[k].cls != SR_ACT_SOURCE && prev[k].cls != SR_ACT_STATE) {
                    set_ref(&m->a1, &prev[k]);
                    break;
                }
        }
        if (after && after != before) set_ref(&m->a2, after);
        /* "Israeli troops and Palestinian gunmen exchanged fire": both sides
         * before a clash word */
        if (!strcmp(m->cls, "clash") && before && before->b > st->tok_begin + 1 &&
            !strcmp(nrm(t, before->b - 1), "and")) {
            /* "Troops and police clashed with protesters": with a "with"
             * side after, the two before are one side */
            bool with_side = after && after->b > te && !strcmp(nrm(t, after->b - 1), "with");
            for (size_t k = 0; k < n_ac; k++)
                if (ac[k].e == before->b - 1 && ac[k].cls != SR_ACT_SOURCE) {
                    if (with_side) {
                        actor_span both = ac[k];
                        both.e = before->e;
                        set_ref(&m->a1, &both);
                    } else {
                        set_ref(&m->a1, &ac[k]);
                        set_ref(&m->a2, before);
                    }
                    break;
                }
        }
    }
    /* "Renamo and the government": the same name twice is one actor */
    if (m->a1.tok_end && m->a2.tok_end) {
        const char *x = a->doc->text + t->tok[m->a1.tok_begin].start;
        const char *y = a->doc->text + t->tok[m->a2.tok_begin].start;
        size_t lx = t->tok[m->a1.tok_end - 1].end - t->tok[m->a1.tok_begin].start;
        size_t ly = t->tok[m->a2.tok_end - 1].end - t->tok[m->a2.tok_begin].start;
        if (lx == ly && !memcmp(x, y, lx)) memset(&m->a2, 0, sizeof m->a2);
    }
}

/* -------------------------------------------------------- casualties */

static const char *const UNIT_AFTER[] = {"km", "kilometres", "kilometers", "mile", "miles",
                                         "year", "years", "day", "days", "hour", "hours",
                                         "month", "months", "week", "weeks", "minute",
                                         "minutes", "percent", "%", "mm", "metres",
                                         "meters", "times", "am", "pm", "a.m.", "p.m.",
                                         "gmt", "million", "billion", "o'clock",
                                         "-year-old", "year-old", NULL};

/* Numeric value at token i usable as a count, or -1.  "dozens" is -2. */
static double count_at(const sr_tokens *t, uint32_t i, uint32_t se, const tx_tok *tx,
                       size_t ntx)
{
    const sr_token *k = &t->tok[i];
    if (!is_num_tok(t, i)) return -1;
    for (size_t j = 0; j < ntx; j++)
        if (i >= tx[j].b && i < tx[j].e) return -1;
    if (i + 1 < se && sr_word_in(nrm(t, i + 1), UNIT_AFTER)) return -1;
    if (strstr(k->norm, "year-old")) return -1;
    if (k->value >= 1900 && k->value <= 2100 && !strchr(k->norm, ',')) return -1;
    if (i > 0 && (!strcmp(nrm(t, i - 1), "$") || !strcmp(nrm(t, i - 1), "no."))) return -1;
    /* "one of the ..." is not a count of one */
    return k->value;
}

static const char *const SKIP_AFTER[] = {"at", "least", "more", "than", "about", "some",
                                         "nearly", "around", "over", "up", "to", "almost",
                                         "roughly", "approximately", "an", "estimated",
                                         "a", "rise", "rose", "climb", "reach", "stand",
                                         "stood", "of", "jump", "the", "toll", NULL};
static const char *const STOP_BEFORE[] = {",", ";", ":", "and", "or", "but", "of", "to",
                                          "in", "by", "after", "while", "as", "when",
                                          "which", "who", "that", "said", "with", "(",
                                          NULL};

static bool passive_at(const sr_tokens *t, const sr_sentence *st, uint32_t i)
{
    return i > st->tok_begin && (sr_word_in(lem(t, i - 1), BE) || sr_word_in(nrm(t, i - 1), BE));
}

/* An agent noun that surely names a person ("man" is weak as an actor
 * class but still one person). */
static bool person_noun(const sr_lex_entry *ag)
{
    const char *c = sr_lex_get(ag, "class");
    return !sr_lex_get(ag, "weak") || (c && !strcmp(c, "civilian"));
}

/* 1 when the victim is one person named by a singular noun right after an
 * active casualty verb ("beheaded the man") or right before a passive one
 * ("a policeman was killed"); else -1. */
static double single_victim(const sr_analysis *a, const sr_tokens *t, const sr_sentence *st,
                            uint32_t i, uint32_t end, bool passive)
{
    static const char *const DET[] = {"a", "an", "the", "one", NULL};
    uint32_t e2;
    if (!passive && end + 1 < st->tok_end && sr_word_in(nrm(t, end), DET)) {
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", t, end + 1, st->tok_end, &e2);
        if (ag && !strcmp(nrm(t, end + 1), lem(t, end + 1)) && person_noun(ag)) return 1;
    }
    if (passive && i >= st->tok_begin + 3 && sr_word_in(nrm(t, i - 3), DET)) {
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", t, i - 2, i - 1, &e2);
        if (ag && e2 == i - 1 && !strcmp(nrm(t, i - 2), lem(t, i - 2)) && person_noun(ag))
            return 1;
    }
    return -1;
}

void sr_count_unknown(sr_count *c)
{
    c->n = -1;
    c->q = NULL;
    c->tok = 0;
    for (int g = 0; g < SR_GRP_N; g++) c->grp[g] = -1;
    c->lo = c->hi = -1;
    c->official = false;
}

/* How a count is qualified, from the words before it: "at least 12" is a
 * floor, "more than 20" too, "about 30" an estimate, "up to 30" a ceiling;
 * "dozens" is vague (see vague_count). */
static const char *qualifier_at(const sr_tokens *t, const sr_sentence *st, uint32_t num)
{
    if (num == UINT32_MAX || num < st->tok_begin) return "exact";
    if (t->tok[num].value <= -2) return "vague";
    if (num == st->tok_begin) return "exact";
    const char *p1 = nrm(t, num - 1), *p2 = num - 1 > st->tok_begin ? nrm(t, num - 2) : "";
    if (!strcmp(p1, "least") && !strcmp(p2, "at")) return "at_least";
    if ((!strcmp(p1, "than") && (!strcmp(p2, "more") || !strcmp(p2, "over"))) ||
        !strcmp(p1, "over") || !strcmp(p1, "above"))
        return "more_than";
    if (!strcmp(p1, "to") && !strcmp(p2, "up")) return "up_to";
    if (!strcmp(p1, "about") || !strcmp(p1, "around") || !strcmp(p1, "nearly") ||
        !strcmp(p1, "approximately") || !strcmp(p1, "roughly") || !strcmp(p1, "some") ||
        !strcmp(p1, "almost") || !strcmp(p1, "estimated"))
        return "about";
    return "exact";
}

/* A vague quantity as ACLED codes it: "tens" 10, "dozens" 12, "scores" 20,
 * "hundreds" 100, "thousands" 1000 (the most conservative reading). */
static int vague_count(const sr_tokens *t, uint32_t i)
{
    const char *w = nrm(t, i);
    if (!strcmp(w, "tens")) return 10;
    if (!strcmp(w, "scores")) return 20;
    double v = t->tok[i].value;
    return v == -3 ? 100 : v == -4 ? 1000 : 12;
}

/* The victim group an agent noun names ("civilians", "soldiers"), or -1.
 * Weak nouns ("people", "a man", "fighters") name no group. */
static int victim_group(const sr_lex_entry *ag)
{
    const char *c = sr_lex_get(ag, "class");
    if (!c || sr_lex_get(ag, "weak")) return -1;
    if (!strcmp(c, "civilian") || !strcmp(c, "protester") || !strcmp(c, "detainee") ||
        !strcmp(c, "settler"))
        return SR_GRP_CIVILIANS;
    if (!strcmp(c, "military") || !strcmp(c, "igo_force")) return SR_GRP_SOLDIERS;
    if (!strcmp(c, "police")) return SR_GRP_POLICE;
    if (!strcmp(c, "rebel") || !strcmp(c, "militia") || !strcmp(c, "armed_unknown"))
        return SR_GRP_MILITANTS;
    return -1;
}

static const char *const COUNT_LEAD[] = {"at", "least", "more", "than", "about", "some",
                                         "nearly", "around", "over", "up", "to", "almost",
                                         "roughly", "approximately", "estimated",
                                         "another", "further", "additional", NULL};
static const char *const LIST_END[] = {",", ";", ":", ".", "and", "or", "but", "(", ")",
                                       "who", "which", "that", "in", "on", "at", "by",
                                       "when", "after", "while", "as", "said", "with",
                                       NULL};

/* Tokens [b, e) can be the head of a victim-list item: ending in a plural
 * noun, and naming no weapon, event, time or breakdown ("30 airstrikes
 * this morning", "25 including 16 civilians" are not victims). */
static bool plain_head(const sr_analysis *a, uint32_t b, uint32_t e)
{
    const sr_tokens *t = a->t;
    for (uint32_t j = b; j < e; j++) {
        uint32_t x;
        const char *w = nrm(t, j);
        if (sr_lexicon_match_at(a->s->lex, "weapon", t, j, e, &x) ||
            sr_lexicon_match_at(a->s->lex, "trigger", t, j, e, &x) || sr_word_in(lem(t, j), TIME_UNIT) ||
            !strcmp(w, "including") || !strcmp(w, "among") || !(t->tok[j].flags & SR_TOK_WORD) ||
            (t->tok[j].flags & SR_TOK_PUNCT))
            return false;
    }
    const char *last = nrm(t, e - 1);
    size_t n = strlen(last);
    return n > 3 && last[n - 1] == 's' && strcmp(last, lem(t, e - 1));
}

/* One item of a victim list: [qualifier] COUNT [modifiers] [NOUN], as in
 * "at least 12 civilians", "three Afghan soldiers", "a policeman", "12".
 * Returns the count (-1 when no item starts at i) with the count's token,
 * the item's end and its victim group. */
static int victim_item(const sr_analysis *a, const sr_sentence *st, uint32_t i, uint32_t lim,
                       const tx_tok *tx, size_t ntx, uint32_t *num, uint32_t *end, int *grp)
{
    const sr_tokens *t = a->t;
    uint32_t c = i;
    /* "an estimated 30"; a lone "an" is the article of "an FMLN guerrilla" */
    if (c + 1 < lim && !strcmp(nrm(t, c), "an") && !strcmp(nrm(t, c + 1), "estimated")) c += 2;
    while (c < lim && c < i + 3 && sr_word_in(nrm(t, c), COUNT_LEAD) &&
           !(count_at(t, c, st->tok_end, tx, ntx) >= 0))
        c++;
    if (c >= lim) return -1;
    int v = -1;
    double x = count_at(t, c, st->tok_end, tx, ntx);
    const char *w = nrm(t, c);
    bool article = !strcmp(w, "a") || !strcmp(w, "an");
    if (x >= 0 && x < 1e6) v = (int)x;
    else if (x <= -2) v = vague_count(t, c);
    else if (!article) return -1;
    *grp = -1;
    *end = c + 1;
    *num = c;
    /* "one of the soldiers": a part of a group told elsewhere */
    if (c + 1 < lim && !strcmp(nrm(t, c + 1), "of") && !(x <= -2)) return article ? -1 : v;
    for (uint32_t j = c + 1; j < lim && j < c + 5; j++) {
        uint32_t e2;
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", t, j, lim, &e2);
        if (ag) {
            /* "a policeman", not "a police officer and" read as a plural */
            if (article && strcmp(nrm(t, e2 - 1), lem(t, e2 - 1))) return -1;
            *grp = victim_group(ag);
            *end = e2;
            if (article) v = 1;
            return v;
        }
        const char *wj = nrm(t, j);
        if (!strcmp(wj, "other") || !strcmp(wj, "others") || !strcmp(wj, "more")) {
            *end = j + 1;
            if (article) v = 1;
            return v;
        }
        uint32_t e3;
        if (sr_word_in(wj, LIST_END) || is_num_tok(t, j) ||
            sr_lexicon_match_at(a->s->lex, "casualty", t, j, lim, &e3)) {
            /* "60 Afghans and 13 U.S. service members", "5 citizens and a
             * child": a plural noun the agent lexicon does not know is a
             * head too (a plural demonym names civilians) */
            if (!article && j > c + 1 && j <= c + 3 && plain_head(a, c + 1, j)) {
                *end = j;
                uint32_t ce;
                const sr_lex_entry *cn = sr_lexicon_match_at(a->s->lex, "country", t, c + 1, j, &ce);
                const char *ty = cn ? sr_lex_get(cn, "type") : NULL;
                if (ty && !strcmp(ty, "demonym") && ce == j) *grp = SR_GRP_CIVILIANS;
            }
            break;
        }
    }
    return article ? -1 : v;
}

typedef struct victims {
    int total;               /* -1: no list */
    uint32_t num, end;       /* first count's token; token after the list */
    int grp[SR_GRP_N];
} victims;

/* A list of victims from token i: "12 civilians and three soldiers",
 * "two policemen, a soldier and a civilian"; "killing 12 people, including
 * three children" breaks the total down without adding to it. */
static victims victim_list(const sr_analysis *a, const sr_sentence *st, uint32_t i, uint32_t lim,
                           const tx_tok *tx, size_t ntx)
{
    const sr_tokens *t = a->t;
    victims v = {.total = -1};
    for (int g = 0; g < SR_GRP_N; g++) v.grp[g] = -1;
    uint32_t num, end;
    int grp;
    int x = victim_item(a, st, i, lim, tx, ntx, &num, &end, &grp);
    if (x < 0) return v;
    v.total = x;
    v.num = num;
    v.end = end;
    if (grp >= 0) v.grp[grp] = x;
    /* items joined by a bare comma count only when an "and" item closes
     * the list ("two soldiers, a policeman and three civilians"); else the
     * comma starts an apposition ("two others, a Somali army officer said") */
    victims closed = v;
    bool breakdown = false;
    for (;;) {
        uint32_t j = v.end;
        bool comma = false, conj = false;
        if (j < lim && !strcmp(nrm(t, j), ",")) j++, comma = true;
        if (j < lim && !strcmp(nrm(t, j), "and")) j++, conj = true;
        else if (j + 2 < lim && !strcmp(nrm(t, j), "as") && !strcmp(nrm(t, j + 1), "well") &&
                 !strcmp(nrm(t, j + 2), "as"))
            j += 3, conj = true;
        else if (j < lim && (!strcmp(nrm(t, j), "including") || !strcmp(nrm(t, j), "among")))
            j++, breakdown = conj = true;
        if (!comma && !conj) break;
        int y = victim_item(a, st, j, lim, tx, ntx, &num, &end, &grp);
        if (y < 0) break;
        if (!breakdown) v.total += y;
        if (grp >= 0) v.grp[grp] = (v.grp[grp] < 0 ? 0 : v.grp[grp]) + y;
        v.end = end;
        if (conj) closed = v;
    }
    return closed;
}

/* "10 fighters of the Euphrates Shield were killed", "two members from
 * the group": an of-phrase between the victims and the casualty word. */
static bool of_tail(const sr_tokens *t, uint32_t from, uint32_t b)
{
    if (from >= b || b - from > 8) return false;
    const char *w = nrm(t, from);
    if (strcmp(w, "of") && strcmp(w, "from")) return false;
    for (uint32_t j = from + 1; j < b; j++) {
        const char *x = nrm(t, j);
        if (!strcmp(x, ",") || !strcmp(x, "and") || !strcmp(x, "who") || !strcmp(x, "which") ||
            !strcmp(x, "that") || is_num_tok(t, j))
            return false;
    }
    return true;
}

/* The longest victim list that ends exactly at `b` (the casualty word, or
 * the auxiliary before it): "Three policemen and a civilian were killed". */
static victims victim_list_before(const sr_analysis *a, const sr_sentence *st, uint32_t b,
                                  const tx_tok *tx, size_t ntx)
{
    victims best = {.total = -1};
    for (uint32_t p = b; p > st->tok_begin && p + 16 > b; p--) {
        const char *w = nrm(a->t, p - 1);
        if (!strcmp(w, ";") || !strcmp(w, ":") || !strcmp(w, "said") || !strcmp(w, "when") ||
            !strcmp(w, "after"))
            break;
        victims v = victim_list(a, st, p - 1, b, tx, ntx);
        if (v.total >= 0 && (v.end == b || of_tail(a->t, v.end, b))) best = v;
    }
    return best;
}

/* Words after "toll" that lead to its figure: "rose to 30", "stood at 12",
 * "reached 40", "the toll is 7". */
static const char *const TOLL_LEAD[] = {"to", "at", "reach", "reached", "hit", "is", "was",
                                        "of", "now", NULL};
static const char *const OFFICIAL[] = {"police", "army", "military", "official", "officials",
                                       "ministry", "government", "governor", "spokesman",
                                       "spokeswoman", "spokesperson", "authorities", "mayor",
                                       "president", "minister", "commander", NULL};

/* Is the figure at `num` told by an official ("police said 8 people died")
 * rather than by residents or witnesses? */
static bool official_figure(const sr_tokens *t, const sr_sentence *st, uint32_t num)
{
    for (uint32_t j = num; j > st->tok_begin && j + 10 > num; j--) {
        const char *w = nrm(t, j - 1);
        if (!strcmp(w, "but") || !strcmp(w, ";") || !strcmp(w, "while")) break;
        if (sr_word_in(w, OFFICIAL)) return true;
    }
    /* "..., killing four, officials said" */
    for (uint32_t j = num + 1; j < st->tok_end && j < num + 20; j++) {
        const char *w = nrm(t, j);
        if (!strcmp(w, "but") || !strcmp(w, ";") || !strcmp(w, "while") ||
            !strcmp(w, "whereas"))
            break;
        if (sr_word_in(w, OFFICIAL)) return true;
    }
    return false;
}

/* Record one figure in a slot.  A second, different figure for the same
 * toll keeps the range; the official figure wins over others, else the
 * first one told. */
static void put_count(const sr_tokens *t, const sr_sentence *st, sr_count *slot, int v,
                      uint32_t at, uint32_t num, const int *grp)
{
    bool official = num != UINT32_MAX && official_figure(t, st, num);
    bool vague = num != UINT32_MAX && t->tok[num].value <= -2;
    /* a number beats a vague word ("after executing thousands, ... executes
     * 2 prisoners"); neither is a rival report of the other */
    if (slot->n > 0 && slot->q && !strcmp(slot->q, "vague") && !vague && v > 0) slot->n = -1;
    else if (slot->n > 0 && vague) return;
    if (slot->n > 0 && v > 0 && v != slot->n) {
        int lo = slot->lo >= 0 ? slot->lo : slot->n, hi = slot->hi >= 0 ? slot->hi : slot->n;
        slot->lo = v < lo ? v : lo;
        slot->hi = v > hi ? v : hi;
        if (!official || slot->official) return;
    } else if (slot->n > 0) {
        return;
    }
    slot->n = v;
    slot->tok = at;
    slot->q = qualifier_at(t, st, num);
    slot->official = official;
    for (int g = 0; g < SR_GRP_N; g++) slot->grp[g] = grp ? grp[g] : -1;
}

/* Casualty figures of one sentence, into info->killed / injured / abducted
 * (n -1 = not stated, 0 = "no casualties"). */
static void sentence_casualties(const sr_analysis *a, uint32_t si, const tx_tok *tx, size_t ntx,
                                sr_sent_info *info)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    sr_count *killed = &info->killed, *injured = &info->injured;
    sr_count_unknown(killed);
    sr_count_unknown(injured);
    sr_count_unknown(&info->abducted);
    killed->tok = injured->tok = info->abducted.tok = st->tok_begin;
    for (uint32_t i = st->tok_begin; i < st->tok_end;) {
        uint32_t end;
        const sr_lex_entry *c = sr_lexicon_match_at(a->s->lex, "casualty", t, i, st->tok_end, &end);
        if (!c) { i++; continue; }
        const char *type = sr_lex_get(c, "type");
        const char *dir = sr_lex_get(c, "dir");
        if (!type) { i = end; continue; }
        sr_count *slot = !strcmp(type, "killed") ? killed : !strcmp(type, "injured") ? injured
                       : !strcmp(type, "abducted") ? &info->abducted : NULL;
        bool both = !strcmp(type, "both");
        /* "sentenced three men to death" is a verdict, not a killing */
        if (sr_lex_get(c, "after_verb")) {
            bool verdict = false;
            for (uint32_t j = i; j > st->tok_begin && j + 8 > i; j--) {
                const char *l = lem(t, j - 1);
                if (!strcmp(l, "sentence") || !strcmp(l, "condemn") || !strcmp(l, "scare") ||
                    !strcmp(l, "bore") || !strcmp(l, "freeze") || !strcmp(l, "starve"))
                    verdict = true;
            }
            if (verdict) { i = end; continue; }
        }
        /* "no casualties", "no one was hurt", "no immediate reports of casualties" */
        bool none = false;
        for (uint32_t j = i; j > st->tok_begin && j + 7 > i; j--) {
            const char *w = nrm(t, j - 1);
            if (!strcmp(w, "no") || !strcmp(w, "nobody") || !strcmp(w, "none") ||
                !strcmp(w, "without")) { none = true; break; }
            if (!strcmp(w, ".") || !strcmp(w, ";") || !strcmp(w, "but")) break;
        }
        if (none) {
            /* "no one was hurt" also says no one was killed */
            if ((both || slot == killed || slot == injured) && killed->n < 0) {
                killed->n = 0;
                killed->q = "exact";
            }
            if ((both || slot == injured) && injured->n < 0) {
                injured->n = 0;
                injured->q = "exact";
            }
            i = end;
            continue;
        }
        if (!slot) { i = end; continue; }
        /* "13 dead and wounded": one number for both, so for neither */
        if (end + 1 < st->tok_end && (!strcmp(nrm(t, end), "and") || !strcmp(nrm(t, end), "or"))) {
            uint32_t e2;
            const sr_lex_entry *c2 = sr_lexicon_match_at(a->s->lex, "casualty", t, end + 1, st->tok_end, &e2);
            const char *ty2 = c2 ? sr_lex_get(c2, "type") : NULL;
            if (ty2 && strcmp(ty2, type) && i > st->tok_begin && is_num_tok(t, i - 1)) {
                i = e2;
                continue;
            }
        }
        victims v = {.total = -1};
        bool passive = passive_at(t, st, i);
        /* after: "killing at least 12", "abducted 25 students", "killed 12
         * civilians and three soldiers" (not a passive: "were killed 5 km
         * away") */
        if ((!dir || !strcmp(dir, "after") || !strcmp(dir, "both")) && !passive) {
            for (uint32_t j = end; j < st->tok_end && j < end + 5; j++) {
                /* "killing a soldier"; not "the death of a suspect" */
                bool article = j == end && (!strcmp(nrm(t, j), "a") || !strcmp(nrm(t, j), "an"));
                if (is_num_tok(t, j) || article || !strcmp(nrm(t, j), "one")) {
                    v = victim_list(a, st, j, st->tok_end, tx, ntx);
                    if (v.total >= 0 || is_num_tok(t, j)) break;
                }
                if (!sr_word_in(nrm(t, j), SKIP_AFTER) && !sr_word_in(lem(t, j), SKIP_AFTER)) break;
            }
            /* "The death toll from Thursday's bombing rose to 30" */
            if (v.total < 0 && !strcmp(lem(t, end - 1), "toll")) {
                for (uint32_t j = end + 1; j < st->tok_end && j < end + 24; j++) {
                    const char *w = nrm(t, j);
                    if (!strcmp(w, ";") || !strcmp(w, ".")) break;
                    if (is_num_tok(t, j) && count_at(t, j, st->tok_end, tx, ntx) != -1 &&
                        (sr_word_in(nrm(t, j - 1), TOLL_LEAD) || sr_word_in(nrm(t, j - 1), COUNT_LEAD))) {
                        v = victim_list(a, st, j, st->tok_end, tx, ntx);
                        break;
                    }
                }
            }
        }
        /* before: "Three policemen and a civilian were killed", "12 people
         * died", "left 15 soldiers dead" */
        if (v.total < 0 && (!dir || !strcmp(dir, "before") || !strcmp(dir, "both"))) {
            uint32_t b = i;
            while (b > st->tok_begin &&
                   (sr_word_in(nrm(t, b - 1), BE) || !strcmp(nrm(t, b - 1), "have") ||
                    !strcmp(nrm(t, b - 1), "had") || !strcmp(nrm(t, b - 1), "has") ||
                    !strcmp(nrm(t, b - 1), "later") || !strcmp(nrm(t, b - 1), "also") ||
                    !strcmp(nrm(t, b - 1), "reportedly") || !strcmp(nrm(t, b - 1), "all")))
                b--;
            v = victim_list_before(a, st, b, tx, ntx);
            if (v.total < 0) {
                for (uint32_t j = i; j > st->tok_begin && j + 7 > i; j--) {
                    double x = count_at(t, j - 1, st->tok_end, tx, ntx);
                    if (x >= 0 || x <= -2) {
                        /* "one of the ..." */
                        if (x == 1 && j < st->tok_end && !strcmp(nrm(t, j), "of")) break;
                        v.total = x <= -2 ? vague_count(t, j - 1) : (int)x;
                        v.num = j - 1;
                        for (int g = 0; g < SR_GRP_N; g++) v.grp[g] = -1;
                        break;
                    }
                    if (sr_word_in(nrm(t, j - 1), STOP_BEFORE)) break;
                    uint32_t other_end;
                    if (sr_lexicon_match_at(a->s->lex, "casualty", t, j - 1, i, &other_end) && j - 1 < i) break;
                }
            }
        }
        /* one person, named by a singular noun: "beheaded the man", "a
         * policeman was killed" */
        if (v.total < 0 && slot == killed) {
            double one = single_victim(a, t, st, i, end, passive);
            if (one > 0) {
                v.total = 1;
                v.num = UINT32_MAX;
                for (int g = 0; g < SR_GRP_N; g++) v.grp[g] = -1;
            }
        }
        /* ACLED's convention for vague words ("dozens" 12) is for deaths;
         * "dozens injured" stays unknown */
        if (v.total >= 0 && slot != killed && v.num != UINT32_MAX && t->tok[v.num].value <= -2)
            v.total = -1;
        if (v.total >= 0) put_count(t, st, slot, v.total, i, v.num, v.grp);
        i = end > i ? end : i + 1;
    }
}

/* ----------------------------------------------------------- weapon */

static bool in_proper_name(const sr_tokens *t, const sr_sentence *st, uint32_t i);

/* The weapon of a mention: of the weapons the sentence names (not
 * firearms, knives or stones: they are the default means of most attacks
 * and are not reported as the weapon), the one nearest to `near` (the first
 * one when near is UINT32_MAX), with its munition count when one stands
 * before it ("Four Katyusha rockets", "at least 10 rockets"). */
static void sentence_weapon(const sr_analysis *a, uint32_t si, uint32_t near, uint32_t from,
                            const sr_lex_entry **w, int *count)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    const sr_match *mm = a->si[si].weapons;
    size_t n = a->si[si].n_weapons;
    *w = NULL;
    *count = -1;
    const sr_match *pick = NULL;
    uint32_t best = UINT32_MAX;
    for (size_t k = 0; k < n; k++) {
        const char *cls = sr_lex_get(mm[k].e, "class");
        if (cls && (!strcmp(cls, "small_arms") || !strcmp(cls, "blade") ||
                    !strcmp(cls, "crude")))
            continue;
        if (in_proper_name(t, st, mm[k].tok_begin) || mm[k].tok_begin < from) continue;
        uint32_t d = near == UINT32_MAX ? 0
                   : (mm[k].tok_begin > near ? mm[k].tok_begin - near : near - mm[k].tok_begin);
        if (!pick || d < best) { pick = &mm[k]; best = d; }
        if (near == UINT32_MAX) break;
    }
    if (!pick) return;
    *w = pick->e;
    const char *launched = sr_lex_get(pick->e, "launched");
    if (!launched || strcmp(launched, "yes")) return;
    uint32_t b = pick->tok_begin;
    for (uint32_t j = b; j > st->tok_begin && j + 3 > b; j--) {
        const sr_token *k = &t->tok[j - 1];
        if (k->value >= 1 && k->value < 10000 && !(k->value >= 1900 && k->value <= 2100)) {
            *count = (int)k->value;
            return;
        }
        if (k->flags & SR_TOK_PUNCT) return;
    }
}

/* ---------------------------------------------------------- triggers */

/* Token i continues a capitalised name ("Napoleon Dynamite"): capitalised
 * itself, after a capitalised word that is neither the sentence's first
 * word nor a number. */
static bool in_proper_name(const sr_tokens *t, const sr_sentence *st, uint32_t i)
{
    if (!(t->tok[i].flags & SR_TOK_CAP) || (t->tok[i].flags & SR_TOK_SENT_START) || i <= st->tok_begin)
        return false;
    const sr_token *p = &t->tok[i - 1];
    return (p->flags & SR_TOK_CAP) && !(p->flags & SR_TOK_SENT_START) && p->value < 0;
}

/* A weapon named in the sentence apart from the trigger words themselves
 * ("bombed" is not its own weapon) and apart from proper names ("Napoleon
 * Dynamite"); with `munition`, only fired munitions count. */
bool sr_weapon_besides(const sr_analysis *a, uint32_t si, uint32_t tb, uint32_t te, bool munition)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    const sr_match *mm = a->si[si].weapons;
    size_t n = a->si[si].n_weapons;
    for (size_t k = 0; k < n; k++) {
        /* a weapon inside the trigger is the trigger itself; one that
         * reaches past it ("a grenade attack") names a weapon besides */
        if (mm[k].tok_begin >= tb && mm[k].tok_end <= te) continue;
        if (sr_lex_get(mm[k].e, "weak")) continue;
        if (in_proper_name(t, st, mm[k].tok_begin)) continue;
        if (munition) {
            const char *l = sr_lex_get(mm[k].e, "launched");
            if (!l || strcmp(l, "yes")) continue;
        }
        return true;
    }
    return false;
}

static bool habitual(const sr_tokens *t, const sr_sentence *st)
{
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const char *w = nrm(t, i);
        if (sr_word_in(w, HABIT)) return true;
        /* "since February", "protests since": a period; not "has since said" */
        if (!strcmp(w, "since") && !(i + 1 < st->tok_end && is_participle(t, i + 1) &&
                                     !(t->tok[i + 1].flags & SR_TOK_CAP)))
            return true;
        /* "dozens of times", "43 times in the last 24 hours": a tally */
        if (!strcmp(w, "times") && i > st->tok_begin &&
            (!strcmp(nrm(t, i - 1), "dozens") || !strcmp(nrm(t, i - 1), "several") ||
             !strcmp(nrm(t, i - 1), "many") || !strcmp(nrm(t, i - 1), "of") ||
             t->tok[i - 1].value >= 2))
            return true;
        if (!strcmp(w, "recent") && i + 1 < st->tok_end &&
            (!strcmp(nrm(t, i + 1), "years") || !strcmp(nrm(t, i + 1), "months") ||
             !strcmp(nrm(t, i + 1), "weeks")))
            return true;
        if (!strcmp(w, "past") && i + 1 < st->tok_end &&
            (!strcmp(lem(t, i + 1), "year") || !strcmp(lem(t, i + 1), "decade")))
            return true;
    }
    return false;
}

/* Verbs whose infinitive complement happened: "prompting Israel to
 * strike", "forcing police to fire tear gas", "which led troops to
 * storm". */
static const char *const CAUSE[] = {"prompt", "lead", "led", "force", "cause", "spark",
                                    "trigger", "provoke", "push", NULL};

/* Is the "to" at `to` the infinitive marker of a caused event: a causing
 * verb in a participle or past form ("prompting", "prompted", "led") and
 * only its object between them? */
static bool caused_infinitive(const sr_tokens *t, const sr_sentence *st, uint32_t to)
{
    for (uint32_t j = to; j > st->tok_begin && j + 7 > to; j--) {
        const char *w = nrm(t, j - 1), *l = lem(t, j - 1);
        if (sr_word_in(l, CAUSE) || sr_word_in(w, CAUSE))
            return strcmp(w, l) != 0 || !strcmp(w, "led");
        if (!strcmp(w, ",") || !strcmp(w, ";") || sr_word_in(w, MODAL)) return false;
    }
    return false;
}

static void flag_trigger(const sr_analysis *a, const sr_sentence *st, sr_mention *m, bool nominal)
{
    const sr_tokens *t = a->t;
    uint32_t tb = m->trig_begin;
    for (uint32_t i = tb; i > st->tok_begin && i + 4 > tb; i--) {
        const char *w = nrm(t, i - 1);
        if (sr_word_in(w, NEG)) { m->negated = true; m->why = "negated"; }
        if (sr_word_in(w, MODAL)) { m->modal = true; m->why = "modal verb"; }
        if (!strcmp(w, "to") && i == tb && (!nominal || t->tok[tb].value < 0)) {
            /* "voted to go on strike"; not "led to protests" (a plural noun) */
            const char *tw = nrm(t, tb);
            size_t tl = strlen(tw);
            bool plural_noun = tl > 3 && tw[tl - 1] == 's' && strcmp(tw, lem(t, tb));
            if (caused_infinitive(t, st, i - 1)) { m->consequence = true; m->why = "caused by the event before it"; }
            else if (!plural_noun) { m->modal = true; m->why = "infinitive"; }
        }
        if (!strcmp(w, ",") || !strcmp(w, ";")) break;
    }
    /* "threatened to attack", "failed to persuade them to stage a protest";
     * but "agreed to extend a ceasefire" is the agreement itself */
    for (uint32_t i = tb; i > st->tok_begin && i + 7 > tb; i--) {
        const char *w = nrm(t, i - 1), *l = lem(t, i - 1);
        if ((sr_word_in(l, INTENT) || sr_word_in(w, INTENT)) &&
            !(!strcmp(l, "agree") && !strcmp(m->cls, "agree"))) {
            m->modal = true;
            m->why = "intention or threat";
        }
        if (!strcmp(w, ",") || !strcmp(w, ";") || !strcmp(w, "and") || !strcmp(w, "but")) break;
    }
    for (uint32_t i = tb; i > st->tok_begin && i + 8 > tb; i--)
        if (sr_word_in(lem(t, i - 1), DENY)) { m->negated = true; m->why = "denied"; }
    /* "days after an attack", "a day after deadly clashes", "since" */
    for (uint32_t i = tb; i > st->tok_begin && i + 16 > tb; i--) {
        const char *w = nrm(t, i - 1);
        /* "A day after the rally, police arrested ...": the clause break
         * ends the earlier event's phrase */
        if (!strcmp(w, ",") || !strcmp(w, ";") || !strcmp(w, ":") || !strcmp(w, "...") ||
            !strcmp(w, "\xe2\x80\xa6"))
            break;
        if (!strcmp(w, "after") || !strcmp(w, "before") || !strcmp(w, "following") ||
            !strcmp(w, "since")) {
            if (!strcmp(w, "since")) { m->prior = true; break; }
            if (i - 1 > st->tok_begin) {
                const char *p = lem(t, i - 2);
                if (!strcmp(p, "day") || !strcmp(p, "week") || !strcmp(p, "hour") ||
                    !strcmp(p, "month") || !strcmp(p, "year") || !strcmp(p, "shortly") ||
                    !strcmp(p, "just") || !strcmp(p, "soon") || !strcmp(p, "weeks") ||
                    !strcmp(p, "days") || !strcmp(p, "hours") || !strcmp(p, "months") ||
                    !strcmp(p, "decade") || !strcmp(p, "years") || !strcmp(p, "decades"))
                    m->prior = true;
                /* "a day after", "two days after": how long before */
                if (!strcmp(p, "day") && !strcmp(w, "after") && i - 2 > st->tok_begin) {
                    const sr_token *q = &t->tok[i - 3];
                    if (!strcmp(q->norm, "a") || !strcmp(q->norm, "one")) m->prior_days = 1;
                    else if (q->value >= 1 && q->value <= 14) m->prior_days = (int)q->value;
                }
            }
            if (m->prior) m->why = "earlier event (\"days after\")";
            break;
        }
    }
    /* "The attack follows a US airstrike", "following US airstrikes", "in
     * retaliation for an attack": the trigger names the earlier event */
    for (uint32_t i = tb; i > st->tok_begin && i + 6 > tb; i--) {
        const char *w = nrm(t, i - 1), *l = lem(t, i - 1);
        if (!strcmp(l, "follow") || !strcmp(w, "following") || !strcmp(w, "after") ||
            !strcmp(w, "retaliation") || !strcmp(w, "response") || !strcmp(w, "revenge") ||
            !strcmp(w, "avenge")) {
            m->prior = true;
            m->why = "an earlier event it follows";
            break;
        }
        /* "before workers go on strike", "unless troops withdraw" */
        if (!strcmp(w, "before") || !strcmp(w, "until") || !strcmp(w, "unless") ||
            !strcmp(w, "ahead")) {
            m->modal = true;
            m->why = "an event still to come";
            break;
        }
        /* only determiners and modifiers may stand between: "after rockets
         * hit the base" tells the news itself */
        const sr_token *p = &t->tok[i - 1];
        uint32_t aend;
        bool modifier = !strcmp(w, "a") || !strcmp(w, "an") || sr_word_in(w, DET_DEF) ||
                        !strcmp(w, "'s") || p->value >= 0 ||
                        ((p->flags & SR_TOK_CAP) && !(p->flags & SR_TOK_SENT_START)) ||
                        strchr(w, '-') != NULL ||
                        (sr_lexicon_match_at(a->s->lex, "agent", t, i - 1, tb, &aend) && aend == i);
        if (!modifier) break;
    }
    /* "the 2003 shooting", "the 2013 attack": a year names a past event */
    for (uint32_t i = tb; i > st->tok_begin && i + 3 > tb; i--) {
        const sr_token *p = &t->tok[i - 1];
        if ((p->flags & SR_TOK_NUM) && p->value >= 1900 && p->value <= 2100 &&
            !strchr(p->norm, ',') && strlen(p->norm) == 4) {
            sr_ymd pub = a->doc->pubdate;
            if (!pub.y || p->value < pub.y) { m->prior = true; m->why = "a past year's event"; }
            break;
        }
    }
    /* "earlier", "previous", "last" before a nominal trigger */
    if (nominal) {
        for (uint32_t i = tb; i > st->tok_begin && i + 4 > tb; i--) {
            const char *w = nrm(t, i - 1);
            /* "in Kano last week, killing two": the clause ends at the comma */
            if (!strcmp(w, ",") || !strcmp(w, ";")) break;
            /* "last week" is the time of this event */
            if ((!strcmp(w, "last") || !strcmp(w, "earlier") || !strcmp(w, "past")) && i < tb &&
                sr_word_in(lem(t, i), TIME_UNIT))
                continue;
            if (!strcmp(w, "earlier") || !strcmp(w, "previous") || !strcmp(w, "last") ||
                !strcmp(w, "past") || !strcmp(w, "recent") || !strcmp(w, "similar") ||
                !strcmp(w, "separate") || !strcmp(w, "other") || !strcmp(w, "many") ||
                !strcmp(w, "several") || !strcmp(w, "dozens") || !strcmp(w, "frequent")) {
                m->prior = true;
                m->why = "earlier or other events";
            }
            if (sr_word_in(w, DET_DEF)) m->anaphoric = true;
            if (!strcmp(w, "a") || !strcmp(w, "an")) break;
        }
    }
    /* past perfect: "had triggered protests", "had attacked" happened
     * before the story's time */
    for (uint32_t i = tb; i > st->tok_begin && i + 5 > tb; i--) {
        if (!strcmp(nrm(t, i - 1), "had") && i < tb && (is_participle(t, i) || !strcmp(nrm(t, i), "been") ||
                                                         !strcmp(nrm(t, i), "previously") || !strcmp(nrm(t, i), "already"))) {
            if (!(i + 1 == tb && !strcmp(nrm(t, i), "been"))) { m->prior = true; m->why = "past perfect"; }
            break;
        }
        if (!strcmp(nrm(t, i - 1), ",")) break;
    }
    if (st->tok_end > st->tok_begin && !strcmp(nrm(t, st->tok_end - 1), "?")) m->question = true;
    if (!strcmp(nrm(t, st->tok_begin), "if") || !strcmp(nrm(t, st->tok_begin), "unless"))
        m->modal = true;
}

/* Most specific toponym of a sentence that is not a reporting place ("said
 * in Washington") or an origin ("fired from Gaza"); -1 when none. */
static int sentence_place(const sr_analysis *a, uint32_t si, uint32_t from_tok, uint32_t to_tok)
{
    int best = -1, best_rank = -1;
    for (size_t k = 0; k < a->n_topo; k++) {
        const sr_toponym *tp = &a->topo[k];
        if (tp->sent != si || tp->modifier || tp->reported_from) continue;
        if (tp->tok_begin < from_tok || tp->tok_begin >= to_tok) continue;
        uint32_t b = tp->tok_begin;
        const sr_sentence *st = &a->t->sent[si];
        if (b > st->tok_begin) {
            const char *p = nrm(a->t, b - 1);
            if (!strcmp(p, "from")) continue;
            if (b > st->tok_begin + 1 && !strcmp(p, "in") && sr_word_in(lem(a->t, b - 2), REPORTING))
                continue;
        }
        /* "X-based", "the X government" as modifiers are not places of events */
        if (tp->tok_end < st->tok_end) {
            const char *nx = nrm(a->t, tp->tok_end);
            if (!strcmp(nx, "government") || !strcmp(nx, "officials") || !strcmp(nx, "official"))
                continue;
        }
        int rank = 0;
        switch (tp->place.kind) {
        case SR_PLACE_AIRPORT: rank = 8; break;
        case SR_PLACE_CITY: case SR_PLACE_OTHER: rank = 6; break;
        case SR_PLACE_ADMIN1: rank = 4; break;
        default: rank = 2;
        }
        /* "30 km east of Wanlaweyn": near there, better than the country
         * but not as good as a province named outright */
        if (tp->reference) rank = 3;
        /* at equal rank, a place after "in", "at", "near" beats a subject
         * ("Israel continued its attacks on southern Lebanon") */
        if (b > st->tok_begin) {
            const char *p = nrm(a->t, b - 1);
            const char *p2 = b > st->tok_begin + 1 ? nrm(a->t, b - 2) : "";
            static const char *const LOC[] = {"in", "at", "near", "on", "into", "outside",
                                              "inside", "across", "around", "of", NULL};
            if (sr_word_in(p, LOC) || sr_word_in(p2, LOC)) rank++;
        }
        if (rank > best_rank) { best_rank = rank; best = (int)k; }
    }
    return best;
}

static bool inside_weapon(const sr_analysis *a, uint32_t si, uint32_t tok)
{
    const sr_match *mm = a->si[si].weapons;
    size_t n = a->si[si].n_weapons;
    for (size_t k = 0; k < n; k++)
        if (tok >= mm[k].tok_begin && tok < mm[k].tok_end && mm[k].tok_end - mm[k].tok_begin > 1)
            return true;
    return false;
}

/* Weapons of crowd control only ("fired tear gas"): an attack word then
 * reports the policing of a protest. */
static bool crowd_control_only(const sr_analysis *a, uint32_t si)
{
    const sr_match *mm = a->si[si].weapons;
    size_t n = a->si[si].n_weapons;
    if (!n) return false;
    for (size_t k = 0; k < n; k++) {
        const char *c = sr_lex_get(mm[k].e, "class");
        if (!c || (strcmp(c, "tear_gas") && strcmp(c, "crowd_control"))) return false;
    }
    return true;
}

/* An army, militia or armed group (not police, not a weak sense) names the
 * subject of the trigger at tb: the nearest actor noun before it. */
static bool armed_subject_before(const sr_analysis *a, uint32_t si, uint32_t tb)
{
    const sr_tokens *t = a->t;
    const sr_sentence *st = &t->sent[si];
    uint32_t end;
    for (uint32_t i = tb; i > st->tok_begin && i + 6 > tb; i--) {
        const sr_lex_entry *e = sr_lexicon_match_at(a->s->lex, "agent", t, i - 1, tb, &end);
        if (!e) e = sr_lexicon_match_at(a->s->lex, "group", t, i - 1, tb, &end);
        if (!e || end != tb || sr_lex_get(e, "weak") || sr_lex_get(e, "ambiguous")) continue;
        const char *c = sr_lex_get(e, "class");
        return c && (!strcmp(c, "military") || !strcmp(c, "rebel") || !strcmp(c, "militia") ||
                     !strcmp(c, "armed_unknown") || !strcmp(c, "security"));
    }
    return false;
}

static bool needs_ok(const sr_analysis *a, uint32_t si, const sr_lex_entry *e, uint32_t tb, uint32_t te)
{
    const char *needs = sr_lex_get(e, "needs");
    if (!needs) return true;
    if (!strcmp(needs, "weapon")) {
        /* "hit", "struck", "targeted": by something fired or exploded, not
         * by a fist or a knife; or by an army or armed group ("Regime forces
         * targeted areas of Madaya") */
        if (armed_subject_before(a, si, tb)) return true;
        const sr_sentence *st = &a->t->sent[si];
        const sr_match *mm = a->si[si].weapons;
        size_t n = a->si[si].n_weapons;
        for (size_t k = 0; k < n; k++) {
            if (mm[k].tok_end > tb && mm[k].tok_begin < te) continue;
            const char *c = sr_lex_get(mm[k].e, "class");
            if (sr_lex_get(mm[k].e, "weak") || in_proper_name(a->t, st, mm[k].tok_begin)) continue;
            if (c && (!strcmp(c, "blade") || !strcmp(c, "crude") || !strcmp(c, "tear_gas") ||
                      !strcmp(c, "crowd_control")))
                continue;
            return true;
        }
        return false;
    }
    if (!strcmp(needs, "munition")) return sr_weapon_besides(a, si, tb, te, true);
    if (!strcmp(needs, "crowd")) {
        const sr_sentence *st = &a->t->sent[si];
        uint32_t end;
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", a->t, i, st->tok_end, &end);
            const char *c = ag ? sr_lex_get(ag, "class") : NULL;
            if (c && (!strcmp(c, "protester") || !strcmp(c, "party")) && !sr_lex_get(ag, "weak"))
                return true;
            const char *w = nrm(a->t, i);
            if (!strcmp(w, "thousands") || !strcmp(w, "hundreds") || !strcmp(w, "crowd") ||
                !strcmp(w, "crowds") || !strcmp(w, "supporters") || !strcmp(w, "opposition"))
                return true;
        }
        return false;
    }
    if (!strcmp(needs, "place")) {
        for (size_t k = 0; k < a->n_topo; k++)
            if (a->topo[k].sent == si) return true;
        return false;
    }
    return true;
}

/* A word of protest or rioting in the sentence. */
static bool protest_word(const sr_tokens *t, const sr_sentence *st)
{
    static const char *const W[] = {"protest", "protester", "protestor", "demonstration",
                                    "demonstrator", "rally", "march", "riot", "rioter",
                                    "unrest", NULL};
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++)
        if (sr_word_in(lem(t, i), W)) return true;
    return false;
}

/* Violence in a protest: clashes between protesters and police are a riot;
 * police firing on or arresting protesters is intervention in a protest. */
static void protest_context(const sr_analysis *a, uint32_t si, sr_mention *m,
                            const actor_span *ac, size_t n_ac)
{
    bool protesters = false;
    for (size_t k = 0; k < n_ac; k++)
        if ((ac[k].cls == SR_ACT_PROTESTER || ac[k].cls == SR_ACT_RIOTER) && !ac[k].weak) protesters = true;
    if (!protesters) return;
    (void)a; (void)si;
    if (!strcmp(m->cls, "clash")) m->cls = "riot";
    else if (!strcmp(m->cls, "attack") || !strcmp(m->cls, "kill") || !strcmp(m->cls, "arrest")) {
        /* "A mob lynched two men": a crowd's violence with no protest or
         * riot in view stays an attack (ACLED's mob violence) */
        if (m->a1.cls == SR_ACT_RIOTER && strcmp(m->cls, "arrest") && !protest_word(a->t, &a->t->sent[si]))
            return;
        if (m->a1.cls == SR_ACT_PROTESTER || m->a1.cls == SR_ACT_RIOTER) m->cls = "riot";
        else m->cls = !strcmp(m->cls, "arrest") ? "protest_arrest" : "disperse";
    }
}

/* A determiner before the trigger, over up to two modifiers: "the
 * attack", "the Kabul attack", "a deadly new attack", "Friday's attack". */
static bool determiner_before(const sr_analysis *a, const sr_tokens *t, const sr_sentence *st,
                              uint32_t tb)
{
    static const char *const ADJ[] = {"deadly", "fresh", "new", "latest", "twin", "suspected",
                                      "apparent", "fatal", "major", "second", "third", "first",
                                      "rare", "bloody", "brazen", "coordinated", "overnight",
                                      "failed", "massive", "huge", "large", "small", NULL};
    for (uint32_t i = tb, skipped = 0; i > st->tok_begin && skipped <= 3; i--, skipped++) {
        const sr_token *p = &t->tok[i - 1];
        if (sr_word_in(p->norm, DET_DEF) || !strcmp(p->norm, "a") || !strcmp(p->norm, "an") ||
            !strcmp(p->norm, "'s"))
            return true;
        /* noun-phrase modifiers: names, numbers and dates ("the 11 September
         * terrorist attacks"), actor nouns ("the militant attack"),
         * compounds, a few adjectives */
        uint32_t end;
        bool modifier = ((p->flags & SR_TOK_CAP) && !(p->flags & SR_TOK_SENT_START)) ||
                        (p->flags & SR_TOK_NUM) || sr_word_in(p->norm, ADJ) ||
                        (strchr(p->norm, '-') && (p->flags & SR_TOK_WORD)) ||
                        (sr_lexicon_match_at(a->s->lex, "agent", t, i - 1, tb, &end) && end == i);
        if (!modifier) return false;
    }
    return false;
}

/* What the trigger acts on, when it is not people: "attacked the
 * decision", "fighting crime", "killing 91 foxes".  Looks at the few words
 * after the trigger, up to a clause break. */
static bool nonviolent_object(const sr_tokens *t, const sr_sentence *st, uint32_t te)
{
    static const char *const OBJ[] = {
        /* ideas and institutions criticised */
        "decision", "plan", "policy", "bill", "law", "proposal", "report", "claim",
        "comment", "remark", "idea", "budget", "ruling", "verdict", "deal", "reform",
        "tax", "move", "approach", "record", "statement", "speech", "strategy", "scheme",
        /* ills fought */
        "crime", "poverty", "corruption", "disease", "inflation", "racism", "discrimination",
        "cut", "unemployment", "cancer", "illness", "virus", "infection", "obesity",
        "fraud", "piracy", "spam", "flame", "wildfire", "blaze", "addiction", "drug",
        /* animals */
        "fox", "deer", "animal", "bird", "cattle", "dog", "cat", "badger", "whale", "seal",
        "wolf", "bear", "elephant", "rhino", "poultry", "chicken", "pig", "fish", NULL};
    for (uint32_t i = te; i < st->tok_end && i < te + 5; i++) {
        const sr_token *k = &t->tok[i];
        if (k->flags & SR_TOK_PUNCT) break;
        if (sr_word_in(k->lemma, OBJ) || sr_word_in(k->norm, OBJ)) return true;
    }
    return false;
}

/* Most words capitalised: a headline written in title case. */
static bool title_case(const sr_tokens *t, const sr_sentence *st)
{
    unsigned words = 0, caps = 0;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        if (!(t->tok[i].flags & SR_TOK_WORD) || strlen(t->tok[i].norm) < 4) continue;
        words++;
        if (t->tok[i].flags & SR_TOK_CAP) caps++;
    }
    return words >= 3 && caps * 4 >= words * 3;
}

/* Counts said after an earlier event's trigger ("a day after clashes that
 * claimed two lives") belong to that event, not to the sentence's news. */
static void unshare_prior_counts(sr_analysis *a, size_t first, uint32_t si)
{
    uint32_t prior_tb = UINT32_MAX;
    for (size_t k = first; k < a->n_m; k++)
        if (a->m[k].prior && a->m[k].trig_begin < prior_tb) prior_tb = a->m[k].trig_begin;
    if (prior_tb == UINT32_MAX) return;
    for (size_t k = first; k < a->n_m; k++) {
        sr_mention *m = &a->m[k];
        if (m->prior || m->trig_begin > prior_tb) continue;
        if (a->si[si].killed.n >= 0 && a->si[si].killed.tok > prior_tb) sr_count_unknown(&m->killed);
        if (a->si[si].injured.n >= 0 && a->si[si].injured.tok > prior_tb) sr_count_unknown(&m->injured);
        if (a->si[si].abducted.n >= 0 && a->si[si].abducted.tok > prior_tb) sr_count_unknown(&m->abducted);
        /* and so do the places named after it ("... days after an attack in
         * the capital") */
        if (m->place >= 0 && a->topo[m->place].tok_begin > prior_tb && !m->anaphoric)
            m->place = sentence_place(a, si, 0, prior_tb);
    }
}

void sr_clauses_analyse(sr_analysis *a)
{
    const sr_tokens *t = a->t;
    a->si = sr_xcalloc(t->n_sent ? t->n_sent : 1, sizeof *a->si);
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        sr_sent_info *info = &a->si[si];
        info->n_weapons = (uint8_t)sr_lexicon_match(a->s->lex, "weapon", t, st->tok_begin, st->tok_end,
                                                    info->weapons, 16);
        tx_tok tx[16];
        size_t ntx = sentence_timex(a, si, tx, 16);
        bool old = false, fresh = false;
        for (size_t k = 0; k < ntx; k++) {
            if (tx[k].reporting) continue;
            /* a year alone ("in 1998") is history even when the article
             * carries no publication date to compare with */
            if (tx[k].x.background || tx[k].x.precision == SR_TIMEX_YEAR) {
                old = true;
                if (!info->has_old_date) {
                    info->has_old_date = true;
                    info->old_date = tx[k].x.date;
                    info->old_prec = tx[k].x.precision;
                }
                continue;
            }
            fresh = true;
            if (!info->has_date) {
                info->has_date = true;
                info->date = tx[k].x.date;
                info->date_end = tx[k].x.date_end;
                info->prec = tx[k].x.precision;
            }
        }
        info->background = (old && !fresh) || habitual(t, st);
        sentence_casualties(a, si, tx, ntx, info);
        /* paragraphs: a line break between this sentence and the last */
        if (si > 0) {
            info->para = a->si[si - 1].para;
            for (uint32_t c = t->sent[si - 1].end; c < st->start; c++)
                if (a->doc->text[c] == '\n') { info->para++; break; }
        }
        sentence_weapon(a, si, UINT32_MAX, 0, &info->weapon, &info->weapon_count);
        info->place = sentence_place(a, si, 0, UINT32_MAX);

        actor_span ac[32];
        size_t n_ac = sentence_actors(a, si, ac, 32);
        sr_match mm[MAX_M];
        size_t first_m = a->n_m;
        size_t nm = sr_lexicon_match(a->s->lex, "trigger", t, st->tok_begin, st->tok_end, mm, MAX_M);
        for (size_t k = 0; k < nm; k++) {
            const sr_lex_entry *e = mm[k].e;
            const char *scope = sr_lex_get(e, "scope");
            if (scope && !strcmp(scope, "all") && !a->scope_all) continue;
            if (!needs_ok(a, si, e, mm[k].tok_begin, mm[k].tok_end)) continue;
            /* a capitalised trigger word inside a sentence is a name ("Merrill
             * Lynch", "Operation Desert Storm"), unless the sentence is a
             * title-case headline */
            if ((t->tok[mm[k].tok_begin].flags & SR_TOK_CAP) &&
                !(t->tok[mm[k].tok_begin].flags & SR_TOK_SENT_START) && !title_case(t, st))
                continue;
            const char *pos = sr_lex_get(e, "pos");
            uint32_t tb = mm[k].tok_begin;
            /* part of speech from the word's form when the entry fixes one */
            bool nominal = false;
            const char *w = nrm(t, tb);
            bool verb_form = is_participle(t, tb) || strstr(w, "ing") != NULL;
            bool det_before = determiner_before(a, t, st, tb);
            if (pos && !strcmp(pos, "n")) nominal = true;
            else if (pos && !strcmp(pos, "v")) nominal = false;
            else nominal = det_before || (!verb_form && mm[k].tok_end - tb > 1);
            if (pos && !strcmp(pos, "v") && det_before && !verb_form) continue;
            /* a verb entry needs a verb form or an auxiliary before it: "bomb"
             * in "a roadside bomb" is a noun */
            /* headline present tense: "Warplanes bomb several areas" (a
             * weapon, actor or name just before the verb) */
            uint32_t sub_end;
            bool subject_before = tb > st->tok_begin &&
                ((sr_lexicon_match_at(a->s->lex, "weapon", t, tb - 1, tb, &sub_end) && sub_end == tb) ||
                 (sr_lexicon_match_at(a->s->lex, "agent", t, tb - 1, tb, &sub_end) && sub_end == tb) ||
                 ((t->tok[tb - 1].flags & SR_TOK_CAP) && !(t->tok[tb - 1].flags & SR_TOK_SENT_START)));
            if (pos && !strcmp(pos, "v") && !verb_form && !subject_before &&
                !(tb > st->tok_begin && (sr_word_in(nrm(t, tb - 1), MODAL) || !strcmp(nrm(t, tb - 1), "to") ||
                                         !strcmp(nrm(t, tb - 1), "did") || !strcmp(nrm(t, tb - 1), "not"))))
                continue;
            /* the trigger word is part of a weapon name ("car bomb") */
            if (inside_weapon(a, si, tb) && (sr_lex_get(e, "needs") || (pos && !strcmp(pos, "v"))))
                continue;
            if (pos && !strcmp(pos, "n") && verb_form && !det_before &&
                strcmp(w, "fighting") && strcmp(w, "shelling") && strcmp(w, "killing")) continue;
            if (mm[k].tok_end - tb == 1 && !strcmp(w, "attacks") && !det_before) nominal = false;
            if (a->n_m == a->cap_m) {
                a->cap_m = a->cap_m ? a->cap_m * 2 : 16;
                a->m = sr_xrealloc(a->m, a->cap_m * sizeof *a->m);
            }
            sr_mention *m = &a->m[a->n_m];
            memset(m, 0, sizeof *m);
            m->sent = si;
            m->trig_begin = tb;
            m->trig_end = mm[k].tok_end;
            m->trigger = e;
            m->cls = sr_lex_get(e, "class");
            m->place = info->place;
            m->killed = info->killed;
            m->injured = info->injured;
            m->abducted = info->abducted;
            sentence_weapon(a, si, tb, 0, &m->weapon, &m->weapon_count);
            m->has_date = info->has_date;
            m->date = info->date;
            m->date_end = info->date_end;
            m->prec = info->prec;
            m->background = info->background;
            m->habitual = habitual(t, st);
            if (!m->cls || !strcmp(m->cls, "ignore")) continue;
            if ((!strcmp(m->cls, "attack") || !strcmp(m->cls, "kill")) && crowd_control_only(a, si))
                m->cls = "disperse";
            flag_trigger(a, st, m, nominal);
            /* a back reference ("the ambush occurred near Douentza") tells
             * where only after the trigger; before it, a place names which
             * event ("the Kabul attack") */
            if (m->anaphoric) m->place = sentence_place(a, si, m->trig_end, UINT32_MAX);
            /* a bare plural noun ("Fresh attacks have rattled ...") speaks of
             * events in general unless the sentence dates them */
            {
                const char *last = nrm(t, mm[k].tok_end - 1);
                size_t ll = strlen(last);
                bool plural = ll > 3 && last[ll - 1] == 's' && strcmp(last, lem(t, mm[k].tok_end - 1));
                bool counted = tb > st->tok_begin && t->tok[tb - 1].value >= 1;
                /* ... and names no place: "Clashes in the countryside of Hama"
                 * is a headline's report of fighting */
                if (plural && !counted && !det_before && !info->has_date && info->place < 0 &&
                    (nominal || !strcmp(w, "attacks") || !strcmp(w, "strikes") || !strcmp(w, "clashes")))
                    m->generic = true;
            }
            find_actors(a, si, m, ac, n_ac, nominal);
            protest_context(a, si, m, ac, n_ac);
            if ((!strcmp(m->cls, "attack") || !strcmp(m->cls, "clash") || !strcmp(m->cls, "kill")) &&
                nonviolent_object(t, st, m->trig_end)) {
                m->negated = true;
                m->why = "acts on an idea, an ill or animals, not people";
            }
            /* a day after publication ("next month", "on Friday" of a
             * coming week) is an event still to come */
            if (m->has_date && a->doc->pubdate.y &&
                sr_ymd_to_days(m->date) > sr_ymd_to_days(a->doc->pubdate) + 1) {
                m->modal = true;
                m->why = "dated after publication";
            }
            /* a sentence that does not say when or where continues the
             * paragraph it is in ("Last Monday, an insurgent group surprised
             * a couple near X. They beheaded the man ...") */
            for (uint32_t p = si; p > 0 && a->si[p - 1].para == info->para && (!m->has_date || m->place < 0); p--) {
                const sr_sent_info *prev = &a->si[p - 1];
                if (prev->background) break;
                if (!m->has_date && prev->has_date) {
                    m->has_date = true;
                    m->date = prev->date;
                    m->date_end = prev->date_end;
                    m->prec = prev->prec;
                }
                if (m->place < 0 && prev->place >= 0 && !m->anaphoric) m->place = prev->place;
            }
            a->n_m++;
        }
        unshare_prior_counts(a, first_m, si);
        /* the words after "prompting Israel to strike" tell the caused
         * event: their weapons are that clause's, not the cause's */
        for (size_t k = first_m; k < a->n_m; k++) {
            if (!a->m[k].consequence) continue;
            uint32_t from = a->m[k].trig_begin;
            for (size_t j = k; j < a->n_m; j++) {
                sentence_weapon(a, si, a->m[j].trig_begin, from, &a->m[j].weapon,
                                &a->m[j].weapon_count);
                if (!a->m[j].anaphoric) a->m[j].place = sentence_place(a, si, from, UINT32_MAX);
            }
            break;
        }
    }
}
