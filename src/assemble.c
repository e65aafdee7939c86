/* assemble.c — join event mentions into incidents and code each incident.
 *
 * A news article usually reports one incident several times: in the lead,
 * again with details, again in a quote.  Mentions are taken in text order;
 * one joins the first incident it is compatible with (same family of event,
 * no conflicting day, no conflicting place), otherwise it may open a new
 * incident.  Mentions that are negated, hypothetical, habitual, in the
 * past ("days after an attack") or in background sentences never open one.
 * Each incident is then coded: ACLED event type and sub-event type from the
 * trigger classes, weapon and actors it gathered; CAMEO code; date; place;
 * casualty counts (the first count stated wins, a stated number beats
 * "no casualties"); and the lead sentence as evidence.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_INC 16
/* How far (days) from the first incident a further one may be and still be
 * reported as news rather than background. */
#define FURTHER_INCIDENT_DAYS 4

enum fam { FAM_NONE, FAM_VIOLENT, FAM_PROTEST, FAM_ARREST, FAM_AGREE, FAM_VERBAL, FAM_STRATEGIC };

typedef struct incident {
    int first;                 /* primary mention */
    int n;                     /* mentions joined */
    unsigned classes;          /* bit set of trigger classes seen */
    enum fam fam;
    bool has_date; sr_ymd date, date_end; sr_timex_prec prec;
    int place;                 /* toponym index or -1 */
    bool background;           /* a past event the article recounts */
    sr_count killed, injured, abducted;
    const sr_lex_entry *weapon; int weapon_count;
    sr_actor_ref a1, a2;
    /* the trigger whose CAMEO code a verbal incident takes: "said" (010)
     * gives way to what was said ("said it will support" is 05x) */
    const sr_lex_entry *code_trigger;
    /* provenance for `sitrep explain`: the sentence (1-based, 0 = none)
     * each field was taken from */
    uint32_t from_date, from_killed, from_injured, from_abducted, from_weapon, from_a1, from_a2;
} incident;

static const char *const CLASSES[] = {"attack", "kill", "clash", "shell", "air", "explode",
                                      "suicide", "abduct", "arrest", "protest", "riot",
                                      "disperse", "loot", "agree", "seize", "statement",
                                      "threat", "talks", "protest_arrest", "sexual", "disrupt",
                                      "base", "transfer", "group_change", NULL};

static unsigned class_bit(const char *c)
{
    for (int i = 0; CLASSES[i]; i++)
        if (!strcmp(c, CLASSES[i])) return 1u << i;
    return 0;
}
#define HAS(inc, name) (((inc)->classes & class_bit(name)) != 0)

static enum fam family(const char *c)
{
    if (!strcmp(c, "protest") || !strcmp(c, "riot") || !strcmp(c, "disperse") ||
        !strcmp(c, "protest_arrest"))
        return FAM_PROTEST;
    if (!strcmp(c, "arrest")) return FAM_ARREST;
    if (!strcmp(c, "agree")) return FAM_AGREE;
    /* armed groups' non-violent moves: a base set up, territory handed
     * over, a merger or a new allegiance */
    if (!strcmp(c, "base") || !strcmp(c, "transfer") || !strcmp(c, "group_change"))
        return FAM_STRATEGIC;
    if (!strcmp(c, "statement") || !strcmp(c, "threat") || !strcmp(c, "talks")) return FAM_VERBAL;
    return FAM_VIOLENT;
}

static bool armed(int c)
{
    return c == SR_ACT_MILITARY || c == SR_ACT_POLICE || c == SR_ACT_SECURITY ||
           c == SR_ACT_REBEL || c == SR_ACT_MILITIA || c == SR_ACT_GANG ||
           c == SR_ACT_ARMED_UNKNOWN;
}

static double km(float la1, float lo1, float la2, float lo2)
{
    double r = 3.14159265358979 / 180;
    double h = pow(sin((la2 - la1) * r / 2), 2) +
               cos(la1 * r) * cos(la2 * r) * pow(sin((lo2 - lo1) * r / 2), 2);
    return 2 * 6371 * asin(fmin(1, sqrt(h)));
}

/* How specific a place is: facility 8, town 6, province 4, "near" a
 * place 3, country 2, none 0. */
static int place_rank(const sr_analysis *a, int p)
{
    if (p < 0) return 0;
    if (a->topo[p].reference) return 3;
    if (a->topo[p].unresolved && a->topo[p].place.kind == SR_PLACE_COUNTRY) return 3;
    switch (a->topo[p].place.kind) {
    case SR_PLACE_AIRPORT: return 8;
    case SR_PLACE_CITY: case SR_PLACE_OTHER: return 6;
    case SR_PLACE_ADMIN1: return 4;
    default: return 2;
    }
}

/* The two toponyms are written the same ("Liche" and "Liche"). */
static bool same_name(const sr_analysis *a, int p, int q)
{
    const sr_toponym *x = &a->topo[p], *y = &a->topo[q];
    uint32_t xs = a->t->tok[x->tok_begin].start, xe = a->t->tok[x->tok_end - 1].end;
    uint32_t ys = a->t->tok[y->tok_begin].start, ye = a->t->tok[y->tok_end - 1].end;
    return xe - xs == ye - ys && !strncasecmp(a->doc->text + xs, a->doc->text + ys, xe - xs);
}

static bool places_conflict(const sr_analysis *a, int p, int q)
{
    if (p < 0 || q < 0) return false;
    const sr_place *x = &a->topo[p].place, *y = &a->topo[q].place;
    /* villages the gazetteer lacks carry borrowed coordinates: two of them
     * with different names are two places */
    if (a->topo[p].unresolved && a->topo[q].unresolved && !same_name(a, p, q)) return true;
    if (x->country[0] && y->country[0] && strcmp(x->country, y->country)) return true;
    if (place_rank(a, p) >= 6 && place_rank(a, q) >= 6 &&
        km(x->lat, x->lon, y->lat, y->lon) > 50)
        return true;
    /* a town outside the province already named */
    int rp = place_rank(a, p), rq = place_rank(a, q);
    if (((rp == 4 && rq >= 6) || (rq == 4 && rp >= 6)) && x->admin1 && y->admin1 &&
        x->admin1[0] && y->admin1[0] && strcmp(x->admin1, y->admin1))
        return true;
    return false;
}

static bool armed_class_name(const char *cl)
{
    return cl && (!strcmp(cl, "military") || !strcmp(cl, "police") || !strcmp(cl, "security") ||
                  !strcmp(cl, "rebel") || !strcmp(cl, "militia") || !strcmp(cl, "gang") ||
                  !strcmp(cl, "armed_unknown"));
}

/* Does the sentence hold a word of the given context (data/lexicon/
 * context.lex: accident, sport, business, fiction) outside tokens [tb, te)?
 * "exchanged fire" is no fire. */
static bool in_context(const sr_analysis *a, const sr_sentence *st, const char *context,
                       uint32_t tb, uint32_t te)
{
    uint32_t end;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        if (i >= tb && i < te) continue;
        const sr_lex_entry *e = sr_lexicon_match_at(a->s->lex, "context", a->t, i, st->tok_end, &end);
        const char *c = e ? sr_lex_get(e, "context") : NULL;
        if (c && !strcmp(c, context)) return true;
    }
    return false;
}

/* Enough in the sentence to believe a violence word is about political
 * violence and not a figure of speech ("the film bombed", "a legal battle",
 * "blasted the ball home"): a weapon other than the trigger itself, an armed
 * actor (police alone only as the target), a named armed group, or a death
 * toll that is not an accident or ordinary crime. */
static bool violent_support(const sr_analysis *a, const sr_mention *m)
{
    const sr_sentence *st = &a->t->sent[m->sent];
    const sr_sent_info *si = &a->si[m->sent];
    const char *c = m->cls;
    if (in_context(a, st, "accident", m->trig_begin, m->trig_end) && !m->weapon) return false;
    if (in_context(a, st, "fiction", 0, 0) || in_context(a, st, "sport", 0, 0)) return false;
    /* a match report ("Carroll, who was later struck by a missile") with
     * no one killed: sport words in a quarter of its sentences */
    if (a->sport_sents >= 3 && a->sport_sents * 4 >= a->t->n_sent && si->killed.n <= 0) return false;
    /* company news ("a contract with the U.S. Army") with no toll */
    if (in_context(a, st, "business", 0, 0) && si->killed.n <= 0 && si->injured.n <= 0) return false;
    /* "drone strike", "air raid", "suicide bombing" and the triggers marked
     * evident=yes ("car bombing", "rocket attack") have no figurative sense
     * worth guarding against */
    if (!strcmp(c, "air") || !strcmp(c, "suicide") || !strcmp(c, "sexual") ||
        sr_lex_get(m->trigger, "evident"))
        return true;
    /* tolls in the thousands with no one named are war or disaster totals */
    if (si->killed.n > 500 && !armed(m->a1.cls) && !m->weapon) return false;
    if (armed(m->a1.cls) && !m->a1.weak && m->a1.cls != SR_ACT_POLICE) return true;
    /* "Protesters torched government offices": destruction by a crowd */
    if (!strcmp(c, "loot") && (m->a1.cls == SR_ACT_PROTESTER || m->a1.cls == SR_ACT_RIOTER) &&
        !m->a1.weak)
        return true;
    if (armed(m->a2.cls) && !m->a2.weak) return true;
    if (sr_weapon_besides(a, m->sent, m->trig_begin, m->trig_end, false)) return true;
    sr_match mm[8];
    size_t ng = sr_lexicon_match(a->s->lex, "group", a->t, st->tok_begin, st->tok_end, mm, 8);
    for (size_t k = 0; k < ng; k++)
        if ((a->t->tok[mm[k].tok_begin].flags & (SR_TOK_CAP | SR_TOK_UPPER)) &&
            !sr_lex_get(mm[k].e, "ambiguous") && armed_class_name(sr_lex_get(mm[k].e, "class")) &&
            strcmp(sr_lex_get(mm[k].e, "class"), "police"))
            return true;
    /* an armed agent anywhere in the sentence (not a weak sense, not police
     * doing police work) */
    uint32_t end;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", a->t, i, st->tok_end, &end);
        if (!ag) continue;
        const char *cl = sr_lex_get(ag, "class");
        if (armed_class_name(cl) && strcmp(cl, "police") && !sr_lex_get(ag, "weak")) return true;
    }
    /* a toll: one death for most violence words; three for "kill" and
     * "attack", which have ordinary senses (crime, "a heart attack" is
     * its own entry) */
    if (si->killed.n >= 3 || (si->killed.n >= 1 && strcmp(c, "kill") && strcmp(c, "attack")))
        return true;
    /* "Clashes in the northern countryside of Aleppo", "heavy fighting in
     * Bakhmut": fighting at a named town or province, outside sport */
    if (!strcmp(c, "clash") && m->place >= 0 && place_rank(a, m->place) >= 4 &&
        !in_context(a, st, "sport", 0, 0)) {
        const char *w = a->t->tok[m->trig_begin].norm;
        if (!strcmp(w, "clashes") || !strcmp(w, "fighting")) return true;
    }
    return false;
}

/* An armed group or force takes part: a named armed group in the sentence,
 * or an armed actor that is not a weak noun. */
static bool armed_group_named(const sr_analysis *a, const sr_mention *m)
{
    if ((armed(m->a1.cls) && !m->a1.weak) || (armed(m->a2.cls) && !m->a2.weak)) return true;
    const sr_sentence *st = &a->t->sent[m->sent];
    sr_match mm[8];
    size_t ng = sr_lexicon_match(a->s->lex, "group", a->t, st->tok_begin, st->tok_end, mm, 8);
    for (size_t k = 0; k < ng; k++)
        if ((a->t->tok[mm[k].tok_begin].flags & (SR_TOK_CAP | SR_TOK_UPPER)) &&
            !sr_lex_get(mm[k].e, "ambiguous") && armed_class_name(sr_lex_get(mm[k].e, "class")))
            return true;
    return false;
}

/* Arrests ACLED records: of political figures, activists, protesters,
 * journalists or members of armed groups. */
static bool political_arrest(const sr_analysis *a, const sr_mention *m)
{
    int c = m->a2.cls;
    if ((c == SR_ACT_PROTESTER || c == SR_ACT_PARTY || c == SR_ACT_REBEL ||
         c == SR_ACT_GOVERNMENT || c == SR_ACT_MILITIA || c == SR_ACT_RIOTER) && !m->a2.weak)
        return true;
    const sr_sentence *st = &a->t->sent[m->sent];
    /* members of a named group or party */
    sr_match gm[8];
    size_t ng = sr_lexicon_match(a->s->lex, "group", a->t, st->tok_begin, st->tok_end, gm, 8);
    for (size_t k = 0; k < ng; k++)
        if (!sr_lex_get(gm[k].e, "ambiguous") && (a->t->tok[gm[k].tok_begin].flags & (SR_TOK_CAP | SR_TOK_UPPER))) {
            const char *gc = sr_lex_get(gm[k].e, "class");
            if (gc && strcmp(gc, "police") && strcmp(gc, "gov") && strcmp(gc, "igo") && strcmp(gc, "ngo"))
                return true;
        }
    static const char *const W[] = {"opposition", "activist", "leader", "protester", "banned",
                                    "outlawed", "insurgency", "separatist", "jihadist", "terrorist",
                                    "demonstrator", "journalist", "politician", "dissident",
                                    "militant", "party", "rebel", "insurgent", "lawmaker",
                                    "candidate", "critic", "blogger", "student", NULL};
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++)
        if (sr_word_in(a->t->tok[i].lemma, W) || sr_word_in(a->t->tok[i].norm, W)) return true;
    return false;
}

/* A ceasefire or peace deal between states, armed groups or parties. */
static bool agreement_parties(const sr_analysis *a, const sr_mention *m)
{
    const sr_sentence *st = &a->t->sent[m->sent];
    uint32_t end;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const sr_lex_entry *g = sr_lexicon_match_at(a->s->lex, "group", a->t, i, st->tok_end, &end);
        if (g && !sr_lex_get(g, "ambiguous") && (a->t->tok[i].flags & (SR_TOK_CAP | SR_TOK_UPPER))) return true;
        const sr_lex_entry *c = sr_lexicon_match_at(a->s->lex, "country", a->t, i, st->tok_end, &end);
        if (c && !sr_lex_get(c, "ambiguous") && (a->t->tok[i].flags & SR_TOK_CAP)) return true;
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", a->t, i, st->tok_end, &end);
        const char *cl = ag ? sr_lex_get(ag, "class") : NULL;
        if (cl && !sr_lex_get(ag, "weak") &&
            (armed_class_name(cl) || !strcmp(cl, "government") || !strcmp(cl, "party")))
            return true;
    }
    return false;
}

/* A demonstration, not a figure of speech ("the market rallied", "Samsung
 * demonstrated a phone"): protesters named, or a protest noun with a crowd
 * or a town. */
static bool protest_support(const sr_analysis *a, const sr_mention *m)
{
    const sr_sentence *st = &a->t->sent[m->sent];
    uint32_t end;
    bool crowd = false;
    /* "The French government strongly protests against ...": a statement */
    if (m->a1.cls == SR_ACT_STATE || m->a1.cls == SR_ACT_GOVERNMENT) return false;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", a->t, i, st->tok_end, &end);
        const char *cl = ag ? sr_lex_get(ag, "class") : NULL;
        if (cl && (!strcmp(cl, "protester") || !strcmp(cl, "rioter")) && !sr_lex_get(ag, "weak"))
            return true;
        const char *w = a->t->tok[i].norm;
        if (!strcmp(w, "thousands") || !strcmp(w, "hundreds") || !strcmp(w, "crowd") ||
            !strcmp(w, "crowds"))
            crowd = true;
        /* "more than 10,000 people", "some 500 Sudanese": a counted crowd */
        if (a->t->tok[i].value >= 50 && i + 1 < st->tok_end) {
            const char *nx = a->t->tok[i + 1].lemma;
            if (!strcmp(nx, "people") || !strcmp(nx, "person") || !strcmp(nx, "resident") ||
                !strcmp(nx, "worker") || !strcmp(nx, "student") || !strcmp(nx, "supporter") ||
                !strcmp(nx, "farmer") || !strcmp(nx, "citizen") ||
                ((a->t->tok[i + 1].flags & SR_TOK_CAP) && sr_lexicon_match_at(a->s->lex, "country", a->t, i + 1, st->tok_end, &end)))
                crowd = true;
        }
    }
    /* strikes and blockades: by workers, students, farmers, drivers ... */
    const char *cam = sr_lex_get(m->trigger, "cameo");
    if (cam && (!strcmp(cam, "143") || !strcmp(cam, "144"))) {
        if (m->place >= 0) return true;
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            const sr_lex_entry *ag = sr_lexicon_match_at(a->s->lex, "agent", a->t, i, st->tok_end, &end);
            const char *cl = ag ? sr_lex_get(ag, "class") : NULL;
            if (cl && !strcmp(cl, "civilian") && !sr_lex_get(ag, "weak")) return true;
            const char *l = a->t->tok[i].lemma;
            if (!strcmp(l, "worker") || !strcmp(l, "union") || !strcmp(l, "employee") ||
                !strcmp(l, "teacher") || !strcmp(l, "nurse") || !strcmp(l, "driver"))
                return true;
        }
    }
    const char *tw = a->t->tok[m->trig_begin].norm;
    bool noun = !strcmp(tw, "protest") || !strcmp(tw, "protests") || !strcmp(tw, "demonstration") ||
                !strcmp(tw, "demonstrations") || !strcmp(tw, "rally") || !strcmp(tw, "rallies") ||
                !strcmp(tw, "march") || !strcmp(tw, "marches") || !strcmp(tw, "sit-in");
    if (crowd) return true;
    return noun && m->place >= 0 && place_rank(a, m->place) >= 6;
}

static bool compatible(const sr_analysis *a, const incident *inc, const sr_mention *m)
{
    if (inc->background) return false; /* background incidents are joined by date below */
    /* "mortar shells were fired ..., leading the IDF to strike Hamas
     * targets": the strike is a second event, caused by the first */
    if (m->consequence && a->m[inc->first].sent == m->sent && a->m[inc->first].trig_begin < m->trig_begin)
        return false;
    /* it may retell an incident told before only by the same actor */
    if (m->consequence && a->m[inc->first].sent != m->sent &&
        (!m->a1.country[0] || strcmp(inc->a1.country, m->a1.country) || inc->a1.cls != m->a1.cls))
        return false;
    enum fam f = family(m->cls);
    bool fam_ok = f == inc->fam ||
                  (f == FAM_ARREST && inc->fam == FAM_PROTEST) ||
                  (f == FAM_PROTEST && inc->fam == FAM_ARREST) ||
                  (f == FAM_PROTEST && inc->fam == FAM_VIOLENT && !strcmp(m->cls, "disperse"));
    /* burning and looting, or an attack by civilians, join a protest (a
     * riot); a protest joins burning that began the story */
    if (!fam_ok && inc->fam == FAM_PROTEST && f == FAM_VIOLENT &&
        (!strcmp(m->cls, "loot") || (!armed(m->a1.cls) && m->a1.cls != SR_ACT_NONE)))
        fam_ok = true;
    if (!fam_ok && f == FAM_PROTEST && inc->fam == FAM_VIOLENT && inc->classes == class_bit("loot"))
        fam_ok = true;
    if (!fam_ok) return false;
    if (m->has_date && inc->has_date) {
        long gap = labs(sr_ymd_to_days(m->date) - sr_ymd_to_days(inc->date));
        /* another day; or "last week" against a day three or more days off */
        if (m->prec == SR_TIMEX_DAY && inc->prec == SR_TIMEX_DAY && gap > 0) return false;
        if ((m->prec == SR_TIMEX_WEEK || inc->prec == SR_TIMEX_WEEK) && gap > 3) return false;
    }
    if (places_conflict(a, inc->place, m->place)) return false;
    /* rockets then mortars, or shelling then an air strike, told in
     * different sentences, are different attacks */
    if (inc->weapon && m->weapon && m->sent != a->m[inc->first].sent) {
        const char *x = sr_lex_get(inc->weapon, "class"), *y = sr_lex_get(m->weapon, "class");
        static const char *const FIRED[] = {"rocket", "mortar", "missile", "artillery", "drone",
                                            "airstrike", NULL};
        bool fx = false, fy = false;
        for (int k = 0; FIRED[k]; k++) {
            if (x && !strcmp(x, FIRED[k])) fx = true;
            if (y && !strcmp(y, FIRED[k])) fy = true;
        }
        if (fx && fy && strcmp(x, y)) return false;
    }
    return true;
}

/* Same weapon family ("rocket" and "Katyusha rocket"). */
static bool same_weapon_class(const sr_lex_entry *x, const sr_lex_entry *y)
{
    const char *cx = sr_lex_get(x, "class"), *cy = sr_lex_get(y, "class");
    return cx && cy && !strcmp(cx, cy);
}

/* Take a casualty figure told again (by another mention or a later
 * sentence) into the incident's.  A figure replaces none, or "no
 * casualties"; a rising toll replaces the figure before it.  Otherwise the
 * first figure stands: a different one in a later sentence is more often a
 * part of the toll ("troops killed two militants") than a rival report, so
 * conflicting reports are recognised only within one sentence (clause.c,
 * put_count).  Returns true when the incident's figure changed. */
static bool take_count(sr_count *have, const sr_count *more, bool rising)
{
    if (more->n < 0) return false;
    /* "Dozens were killed" then "more than 60 were killed": the number */
    bool firmer = have->n > 0 && more->n > 0 && have->q && !strcmp(have->q, "vague") &&
                  more->q && strcmp(more->q, "vague");
    if ((have->n <= 0 && more->n > 0) || (have->n < 0 && more->n == 0) || (rising && more->n > have->n) ||
        firmer) {
        *have = *more;
        return true;
    }
    return false;
}

/* An incident's figure into the event's fields. */
static void put_figure(const sr_count *c, int *n, const char **q, int range[2], int *by_group)
{
    *n = c->n >= 0 ? c->n : SITREP_UNKNOWN;
    *q = c->n >= 0 ? (c->q ? c->q : "exact") : NULL;
    range[0] = c->n > 0 && c->lo >= 0 ? c->lo : SITREP_UNKNOWN;
    range[1] = c->n > 0 && c->hi >= 0 ? c->hi : SITREP_UNKNOWN;
    if (by_group)
        for (int g = 0; g < SITREP_GROUPS; g++) by_group[g] = c->n > 0 ? c->grp[g] : SITREP_UNKNOWN;
}

static void join(const sr_analysis *a, incident *inc, const sr_mention *m)
{
    if (!inc->code_trigger) inc->code_trigger = m->trigger;
    else if (family(m->cls) == FAM_VERBAL) {
        const char *have = sr_lex_get(inc->code_trigger, "cameo"), *more = sr_lex_get(m->trigger, "cameo");
        if (have && more && !strcmp(have, "010") && strcmp(more, "010")) inc->code_trigger = m->trigger;
    }
    inc->n++;
    inc->classes |= class_bit(m->cls);
    if (family(m->cls) == FAM_PROTEST && inc->fam == FAM_VIOLENT) inc->fam = FAM_PROTEST;
    uint32_t from = m->sent + 1;
    if (!inc->has_date && m->has_date) {
        inc->has_date = true;
        inc->date = m->date;
        inc->date_end = m->date_end;
        inc->prec = m->prec;
        inc->from_date = from;
    }
    if (place_rank(a, m->place) > place_rank(a, inc->place)) inc->place = m->place;
    if (take_count(&inc->killed, &m->killed, false)) inc->from_killed = from;
    if (take_count(&inc->injured, &m->injured, false)) inc->from_injured = from;
    if (take_count(&inc->abducted, &m->abducted, false)) inc->from_abducted = from;
    if (!inc->weapon && m->weapon) {
        inc->weapon = m->weapon;
        inc->weapon_count = m->weapon_count;
        inc->from_weapon = from;
    } else if (inc->weapon && m->weapon && inc->weapon_count < 0 && m->weapon_count >= 0 &&
               same_weapon_class(inc->weapon, m->weapon)) {
        /* "Rockets hit ..." then "struck with eight Katyusha rockets" */
        inc->weapon = m->weapon;
        inc->weapon_count = m->weapon_count;
        inc->from_weapon = from;
    }
    /* actors from mentions that describe the incident, not from back
     * references ("the attacks raise concern ...") */
    if (!m->anaphoric || inc->n == 1) {
        if (!inc->a1.tok_end && m->a1.tok_end) { inc->a1 = m->a1; inc->from_a1 = from; }
        if (!inc->a2.tok_end && m->a2.tok_end) { inc->a2 = m->a2; inc->from_a2 = from; }
    }
}

/* "the death toll rose to 30", "the toll has climbed to": an update of the
 * count of an incident already told. */
static bool rising_toll(const sr_tokens *t, const sr_sentence *st)
{
    bool toll = false, rise = false;
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const char *l = t->tok[i].lemma;
        if (!strcmp(l, "toll")) toll = true;
        if (!strcmp(l, "rise") || !strcmp(l, "rose") || !strcmp(l, "climb") ||
            !strcmp(l, "increase") || !strcmp(l, "reach") || !strcmp(l, "jump") ||
            !strcmp(l, "mount"))
            rise = true;
    }
    return toll && rise;
}

typedef struct coded { const char *type, *sub, *cameo; } coded;

/* Does the incident's first sentence tell of explosives, shelling or an
 * air strike (a trigger of that class or such a weapon)? */
static bool lead_explosive(const sr_analysis *a, const incident *inc)
{
    uint32_t s0 = a->m[inc->first].sent;
    for (size_t k = 0; k < a->n_m; k++) {
        const sr_mention *m = &a->m[k];
        if (m->sent != s0) continue;
        const char *c = m->cls;
        if (!strcmp(c, "explode") || !strcmp(c, "suicide") || !strcmp(c, "air") || !strcmp(c, "shell"))
            return true;
        const char *sub = m->weapon ? sr_lex_get(m->weapon, "sub") : NULL;
        if (sub && strcmp(sub, "none")) return true;
    }
    return false;
}

static coded classify(const sr_analysis *a, const incident *inc)
{
    const sr_mention *m = &a->m[inc->first];
    const char *wsub = inc->weapon ? sr_lex_get(inc->weapon, "sub") : NULL;
    const char *c = m->cls;
    const char *tcameo = sr_lex_get(m->trigger, "cameo");
    if (!wsub) wsub = "";
    switch (inc->fam) {
    case FAM_AGREE:
        return (coded){"Strategic developments", "Agreement", tcameo ? tcameo : "057"};
    case FAM_ARREST:
        return (coded){"Strategic developments", "Arrests", "173"};
    case FAM_PROTEST:
        if (HAS(inc, "riot") || HAS(inc, "loot") || (HAS(inc, "protest") && HAS(inc, "clash")))
            return (coded){"Riots", "Violent demonstration", "145"};
        if (HAS(inc, "disperse") && inc->killed.n > 0)
            return (coded){"Protests", "Excessive force against protesters", "145"};
        if (HAS(inc, "disperse") || HAS(inc, "arrest") || HAS(inc, "protest_arrest"))
            return (coded){"Protests", "Protest with intervention", "141"};
        return (coded){"Protests", "Peaceful protest", "141"};
    case FAM_STRATEGIC:
        if (HAS(inc, "base"))
            return (coded){"Strategic developments", "Headquarters or base established", tcameo ? tcameo : "150"};
        if (HAS(inc, "transfer"))
            return (coded){"Strategic developments", "Non-violent transfer of territory", tcameo ? tcameo : "0874"};
        return (coded){"Strategic developments", "Change to group/activity", tcameo ? tcameo : "010"};
    case FAM_VERBAL: {
        const char *vc = inc->code_trigger ? sr_lex_get(inc->code_trigger, "cameo") : tcameo;
        return (coded){"Strategic developments", "Other", vc ? vc : "010"};
    }
    default: break;
    }
    if (!strcmp(c, "sexual"))
        return (coded){"Violence against civilians", "Sexual violence", "1821"};
    if (!strcmp(c, "disrupt"))
        return (coded){"Strategic developments", "Disrupted weapons use", "172"};
    /* "Rioters set fire to a police station": destruction by a crowd */
    if (!strcmp(c, "loot") && (inc->a1.cls == SR_ACT_RIOTER || inc->a1.cls == SR_ACT_PROTESTER))
        return (coded){"Riots", "Violent demonstration", "145"};
    if (!strcmp(c, "loot") && inc->n == 1)
        return (coded){"Strategic developments", "Looting/property destruction", "171"};
    if (!strcmp(c, "seize")) {
        int c1 = inc->a1.cls;
        if (c1 == SR_ACT_MILITARY || c1 == SR_ACT_GOVERNMENT || c1 == SR_ACT_POLICE || c1 == SR_ACT_STATE)
            return (coded){"Battles", "Government regains territory", "192"};
        return (coded){"Battles", "Non-state actor overtakes territory", "192"};
    }
    /* "60 people were killed when gunmen attacked a concert hall": the lead
     * names civilian victims and no explosive; a grenade thrown later in
     * the story does not turn the massacre into an explosion */
    if ((!strcmp(c, "attack") || !strcmp(c, "kill")) && inc->a2.cls == SR_ACT_CIVILIAN &&
        !inc->a2.weak && !lead_explosive(a, inc) && !HAS(inc, "clash"))
        return (coded){"Violence against civilians", "Attack", "180"};
    if (!strcmp(wsub, "chemical"))
        return (coded){"Explosions/Remote violence", "Chemical weapon", "2041"};
    /* "A mob lynched two men": violence by a crowd with no demonstration */
    if ((!strcmp(c, "attack") || !strcmp(c, "kill")) && inc->a1.cls == SR_ACT_RIOTER && !inc->a1.weak)
        return (coded){"Riots", "Mob violence", "145"};
    if (HAS(inc, "suicide") || !strcmp(wsub, "suicide"))
        return (coded){"Explosions/Remote violence", "Suicide bomb", "183"};
    if (!strcmp(c, "clash"))
        return (coded){"Battles", "Armed clash", tcameo && tcameo[0] == '1' && tcameo[1] == '9' ? tcameo : "190"};
    if (HAS(inc, "air") || !strcmp(wsub, "air"))
        return (coded){"Explosions/Remote violence", "Air/drone strike", "195"};
    /* "Israel struck targets in Gaza", "leading the IDF to strike Hamas
     * targets": a state's forces striking, with no weapon named, strike
     * from the air */
    if (!wsub[0] && !strcmp(m->trigger->phrase, "strike") && !inc->a1.weak &&
        (inc->a1.cls == SR_ACT_MILITARY || inc->a1.cls == SR_ACT_STATE))
        return (coded){"Explosions/Remote violence", "Air/drone strike", "195"};
    if (HAS(inc, "shell") || !strcmp(wsub, "shelling"))
        return (coded){"Explosions/Remote violence", "Shelling/artillery/missile attack", "194"};
    if (HAS(inc, "explode") || !strcmp(wsub, "remote"))
        return (coded){"Explosions/Remote violence", "Remote explosive/landmine/IED", "183"};
    if (!strcmp(wsub, "grenade"))
        return (coded){"Explosions/Remote violence", "Grenade", "183"};
    if (HAS(inc, "clash"))
        return (coded){"Battles", "Armed clash", "190"};
    if (HAS(inc, "abduct") && !armed(inc->a2.cls) && inc->killed.n <= 0)
        return (coded){"Violence against civilians", "Abduction/forced disappearance", "181"};
    int v = inc->a2.cls;
    if (v == SR_ACT_CIVILIAN || v == SR_ACT_PROTESTER || v == SR_ACT_OTHER || v == SR_ACT_NONE) {
        if (armed(v)) return (coded){"Battles", "Armed clash", "190"};
        if (v == SR_ACT_NONE && armed(inc->a1.cls) && inc->killed.n <= 0 && !HAS(inc, "kill"))
            return (coded){"Battles", "Armed clash", "190"};
        return (coded){"Violence against civilians", "Attack", "180"};
    }
    if (armed(v) || v == SR_ACT_GOVERNMENT || v == SR_ACT_STATE)
        return (coded){"Battles", "Armed clash", tcameo && tcameo[0] == '1' && tcameo[1] == '9' ? tcameo : "190"};
    return (coded){"Violence against civilians", "Attack", "180"};
}

static void actor_text(const sr_analysis *a, const sr_actor_ref *r, sitrep_actor *out)
{
    if (!r->tok_end) {
        snprintf(out->name, sizeof out->name, "unidentified");
        out->country[0] = 0;
        return;
    }
    const sr_token *b = &a->t->tok[r->tok_begin], *e = &a->t->tok[r->tok_end - 1];
    snprintf(out->name, sizeof out->name, "%.*s", (int)(e->end - b->start), a->doc->text + b->start);
    snprintf(out->country, 3, "%s", r->country);
}

static uint64_t fnv(const char *s, uint64_t h)
{
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* The actor's country, when the actor is not a person described by a
 * nationality. */
static bool state_country(const sr_actor_ref *r)
{
    return r->country[0] && r->cls != SR_ACT_NONE && r->cls != SR_ACT_CIVILIAN &&
           r->cls != SR_ACT_OTHER;
}

/* Place of the article as a whole, for incidents whose sentences name none:
 * the dateline (when asked for), else the first town or province of the
 * first sentences, else the first place of the first six, else a reference
 * point at province precision. */
static bool article_place(const sr_analysis *a, sr_place *out, int *topo, bool dateline)
{
    *topo = -1;
    if (dateline && sr_places_dateline(a->s, a->doc, &a->geo, out)) return true;
    for (size_t k = 0; k < a->n_topo; k++)
        if (a->topo[k].sent < 3 && place_rank(a, (int)k) >= 4 && !a->topo[k].reference &&
            !a->topo[k].modifier && !a->topo[k].reported_from) {
            *topo = (int)k;
            *out = a->topo[k].place;
            return true;
        }
    for (size_t k = 0; k < a->n_topo; k++)
        if (a->topo[k].sent < 6 && !a->topo[k].reference && !a->topo[k].modifier &&
            !a->topo[k].reported_from) {
            *topo = (int)k;
            *out = a->topo[k].place;
            return true;
        }
    /* "40 km north of Baghdad": near the reference point, so its province
     * is the honest precision */
    for (size_t k = 0; k < a->n_topo; k++)
        if (a->topo[k].sent < 6 && a->topo[k].reference) {
            *topo = (int)k;
            *out = a->topo[k].place;
            out->kind = SR_PLACE_ADMIN1;
            out->name = out->admin1 && out->admin1[0] ? out->admin1 : out->name;
            return true;
        }
    return false;
}

/* For `sitrep explain`: what became of a mention. */
static void note(const sr_analysis *a, const sr_mention *m, const char *what)
{
    if (a->explain)
        fprintf(a->explain, "  mention \"%s\" in sentence %u: %s\n", m->trigger->phrase, m->sent + 1, what);
}

/* Why a mention cannot be news of its own, or NULL. */
static const char *skip_reason(const sr_analysis *a, const sr_mention *m, int n_inc,
                               bool ignore_time)
{
    enum fam f = family(m->cls);
    if (m->negated) return m->why ? m->why : "negated";
    if (m->modal) return m->why ? m->why : "hypothetical or intended";
    if (m->question) return "question";
    if (!ignore_time && m->prior) return m->why ? m->why : "an earlier event";
    if (!ignore_time && (m->background || m->habitual)) return "background sentence";
    if (m->habitual) return "habitual";
    if (m->generic) return "events in general (bare plural)";
    if (f == FAM_VIOLENT && !violent_support(a, m)) return "no sign of political violence";
    const char *needs = sr_lex_get(m->trigger, "needs");
    if (needs && !strcmp(needs, "victim") &&
        (!m->a2.tok_end || m->a2.cls == SR_ACT_STATE || m->a2.cls == SR_ACT_NONE))
        return "no victim named";
    if (m->anaphoric && n_inc == 0 && m->sent > 2 && !m->has_date &&
        a->si[m->sent].killed.n <= 0 && a->si[m->sent].injured.n <= 0)
        return "refers back to an event the article does not report";
    if (f == FAM_ARREST && !political_arrest(a, m)) return "not a political arrest";
    if (f == FAM_AGREE && !agreement_parties(a, m)) return "no state or armed party to the agreement";
    if (f == FAM_STRATEGIC && !armed_group_named(a, m)) return "no armed group named";
    if ((!strcmp(m->cls, "protest") || !strcmp(m->cls, "riot")) && !protest_support(a, m))
        return "no sign of a demonstration";
    return NULL;
}

/* Why a mention that fits no open incident cannot open one, or NULL: a
 * bare back reference; the day of an earlier event the story is told
 * after; an older day (background); no time, place or new munition of its
 * own. */
static const char *new_incident_obstacle(const sr_analysis *a, const sr_mention *m,
                                         const incident *inc, int n_inc,
                                         const long *prior_day, int n_prior)
{
    if (n_inc == 0) return NULL;
    if (m->anaphoric) return "refers back, no incident to join";
    if (m->has_date && m->prec == SR_TIMEX_DAY)
        for (int k = 0; k < n_prior; k++)
            if (sr_ymd_to_days(m->date) == prior_day[k]) return "the earlier event the story is told after";
    if (m->has_date) {
        sr_ymd ref = inc[0].has_date ? inc[0].date : a->doc->pubdate;
        if (m->prec != SR_TIMEX_DAY || !ref.y ||
            labs(sr_ymd_to_days(m->date) - sr_ymd_to_days(ref)) > FURTHER_INCIDENT_DAYS)
            return "an older incident, background to the story";
    }
    /* a different, counted munition ("three mortar shells were fired"
     * after a rocket) is another attack of the same day */
    bool other_munition = m->weapon && m->weapon_count > 0;
    for (int k = 0; k < n_inc && other_munition; k++)
        if (inc[k].weapon && same_weapon_class(inc[k].weapon, m->weapon)) other_munition = false;
    /* an event the one before it caused happened then ("..., prompting
     * Israel to strike") */
    if (!m->has_date && m->place < 0 && !other_munition && !m->consequence)
        return "a further incident needs its own time or place";
    return NULL;
}

/* With --include-background: a mention of a past event the text dates
 * ("in 2014", "last year", "on Oct. 7" months ago) that shows the same
 * evidence a new event needs, joined to the background incident of the
 * same day and kind or opening one.  Returns false when it is not such a
 * mention. */
static bool background_incident(const sr_analysis *a, const sr_mention *m, incident *inc, int *n_inc)
{
    const sr_sent_info *si = &a->si[m->sent];
    sr_ymd d, d_end = {0, 0, 0};
    sr_timex_prec prec;
    /* the sentence's own past date ("In 2014, ...") before a date the
     * mention carries over from the story around it */
    if (si->has_old_date) { d = si->old_date; prec = si->old_prec; }
    else if (m->has_date) { d = m->date; d_end = m->date_end; prec = m->prec; }
    else return false;
    if (skip_reason(a, m, *n_inc, true)) return false;
    for (int k = 0; k < *n_inc; k++)
        if (inc[k].background && inc[k].fam == family(m->cls) &&
            sr_ymd_to_days(inc[k].date) == sr_ymd_to_days(d) && inc[k].prec == prec) {
            join(a, &inc[k], m);
            return true;
        }
    if (*n_inc == MAX_INC) return false;
    incident *x = &inc[*n_inc];
    memset(x, 0, sizeof *x);
    x->first = (int)(m - a->m);
    x->fam = family(m->cls);
    x->place = -1;
    sr_count_unknown(&x->killed);
    sr_count_unknown(&x->injured);
    sr_count_unknown(&x->abducted);
    x->weapon_count = -1;
    x->background = true;
    join(a, x, m);
    x->n = 1;
    x->has_date = true;
    x->date = d;
    x->date_end = d_end;
    x->prec = prec;
    (*n_inc)++;
    return true;
}

int sr_assemble(sr_analysis *a, const sitrep_article *art, sitrep_events *out)
{
    incident inc[MAX_INC];
    int n_inc = 0;
    a->sport_sents = 0;
    for (uint32_t s = 0; s < a->t->n_sent && a->n_m; s++)
        if (in_context(a, &a->t->sent[s], "sport", 0, 0)) a->sport_sents++;
    /* days of earlier events the story names ("a day after clashes at a
     * rally"): later sentences about that day tell the earlier event */
    long prior_day[8];
    int n_prior = 0;
    /* the incident the current sentence last joined or opened */
    int sent_inc = -1;
    uint32_t sent_of_inc = UINT32_MAX;
    char why[160];
    for (size_t mi = 0; mi < a->n_m; mi++) {
        const sr_mention *m = &a->m[mi];
        if (m->prior && m->prior_days > 0 && n_inc > 0 && inc[0].has_date && n_prior < 8)
            prior_day[n_prior++] = sr_ymd_to_days(inc[0].date) - m->prior_days;
        bool unfit = m->negated || m->modal || m->question || m->prior || m->background ||
                     m->habitual || m->generic;
        /* a back reference to an incident already open needs no evidence of
         * its own ("The ambush occurred near Douentza") */
        if (!unfit && m->anaphoric) {
            /* "This attack was very near ...": the incident told last */
            int k = n_inc - 1;
            while (k >= 0 && !compatible(a, &inc[k], m)) k--;
            if (k >= 0) {
                join(a, &inc[k], m);
                sent_inc = k;
                sent_of_inc = m->sent;
                snprintf(why, sizeof why, "joins incident %d (refers back)", k + 1);
                note(a, m, why);
                continue;
            }
        }
        /* crowd control joins the protest it policed */
        if (!unfit && !strcmp(m->cls, "disperse")) {
            int k = 0;
            while (k < n_inc && inc[k].fam != FAM_PROTEST) k++;
            if (k < n_inc) {
                join(a, &inc[k], m);
                snprintf(why, sizeof why, "joins incident %d", k + 1);
                note(a, m, why);
                continue;
            }
        }
        const char *skip = skip_reason(a, m, n_inc, false);
        if (!skip && !strcmp(m->cls, "disperse") && !protest_support(a, m))
            skip = "crowd control without a protest";
        if (skip && a->s->include_background && background_incident(a, m, inc, &n_inc)) {
            note(a, m, "kept as background (--include-background)");
            continue;
        }
        if (skip) {
            snprintf(why, sizeof why, "skipped (%s)", skip);
            note(a, m, why);
            continue;
        }
        /* within a sentence, a mention belongs with the incident the
         * sentence told just before it ("This attack killed 12", "...
         * leading the IDF to strike Hamas targets") */
        int target = n_inc;
        if (sent_of_inc == m->sent && sent_inc >= 0 && compatible(a, &inc[sent_inc], m))
            target = sent_inc;
        if (target == n_inc) {
            target = 0;
            while (target < n_inc && !compatible(a, &inc[target], m)) target++;
        }
        if (target < n_inc) {
            join(a, &inc[target], m);
            sent_inc = target;
            sent_of_inc = m->sent;
            snprintf(why, sizeof why, "joins incident %d", target + 1);
            note(a, m, why);
            continue;
        }
        const char *obstacle = new_incident_obstacle(a, m, inc, n_inc, prior_day, n_prior);
        if (obstacle && a->s->include_background && background_incident(a, m, inc, &n_inc)) {
            note(a, m, "kept as background (--include-background)");
            continue;
        }
        if (obstacle) {
            snprintf(why, sizeof why, "skipped (%s)", obstacle);
            note(a, m, why);
            continue;
        }
        if (n_inc == MAX_INC) break;
        incident *x = &inc[n_inc];
        memset(x, 0, sizeof *x);
        x->first = (int)mi;
        x->fam = family(m->cls);
        x->place = -1;
        sr_count_unknown(&x->killed);
        sr_count_unknown(&x->injured);
        sr_count_unknown(&x->abducted);
        x->weapon_count = -1;
        join(a, x, m);
        x->n = 1;
        sent_inc = n_inc;
        sent_of_inc = m->sent;
        n_inc++;
        snprintf(why, sizeof why, "opens incident %d", n_inc);
        note(a, m, why);
    }
    /* casualty sentences without triggers add to the incident before them;
     * a rising toll ("the death toll rose to 30 on Friday") replaces the
     * first count whatever day it was told on (ACLED keeps the latest) */
    for (int k = 0; k < n_inc; k++) {
        incident *x = &inc[k];
        uint32_t from = a->m[x->first].sent + 1;
        uint32_t to = (k + 1 < n_inc) ? a->m[inc[k + 1].first].sent : (uint32_t)a->t->n_sent;
        for (uint32_t s = from; s < to; s++) {
            const sr_sent_info *si = &a->si[s];
            if (si->background) continue;
            bool has_m = false;
            for (size_t mi = 0; mi < a->n_m; mi++)
                if (a->m[mi].sent == s && (a->m[mi].prior || a->m[mi].modal)) has_m = true;
            if (has_m) continue;
            /* "... in Michoacán." then "Banners left at the scene in El
             * Aguaje in Aguililla": a town of the incident's province (or
             * country) in the next two sentences makes the place sharper */
            for (size_t q = 0; q < a->n_topo && s <= a->m[x->first].sent + 2 && x->place >= 0 &&
                               place_rank(a, x->place) <= 4; q++) {
                if (a->topo[q].sent != s || place_rank(a, (int)q) < 6 || a->topo[q].reported_from ||
                    a->topo[q].modifier || a->topo[q].reference)
                    continue;
                const sr_place *have = &a->topo[x->place].place, *more = &a->topo[q].place;
                bool inside = !strcmp(have->country, more->country) &&
                              (have->kind == SR_PLACE_COUNTRY ||
                               (have->admin1 && more->admin1 && !strcmp(have->admin1, more->admin1)));
                if (inside) x->place = (int)q;
            }
            if (rising_toll(a->t, &a->t->sent[s]) && si->killed.n > x->killed.n) {
                take_count(&x->killed, &si->killed, true);
                x->from_killed = s + 1;
                continue;
            }
            if (si->has_date && x->has_date && si->prec == SR_TIMEX_DAY &&
                sr_ymd_to_days(si->date) != sr_ymd_to_days(x->date))
                continue;
            /* "A further 150 people were injured ... on Monday 30th January
             * 2023": the day of an undated incident */
            if (!x->has_date && si->has_date && si->para == a->si[a->m[x->first].sent].para) {
                x->has_date = true;
                x->date = si->date;
                x->date_end = si->date_end;
                x->prec = si->prec;
                x->from_date = s + 1;
            }
            if (take_count(&x->killed, &si->killed, false)) x->from_killed = s + 1;
            if (take_count(&x->injured, &si->injured, false)) x->from_injured = s + 1;
            if (take_count(&x->abducted, &si->abducted, false)) x->from_abducted = s + 1;
        }
    }

    /* where the text says (to sharpen a country-only place) and where the
     * article comes from (the dateline, for incidents with no place) */
    sr_place art_place, text_place;
    int art_topo = -1, text_topo = -1;
    bool have_art_place = article_place(a, &art_place, &art_topo, true);
    bool have_text_place = article_place(a, &text_place, &text_topo, false);
    int emitted = 0;
    for (int k = 0; k < n_inc; k++) {
        incident *x = &inc[k];
        const sr_mention *m = &a->m[x->first];
        coded cd = classify(a, x);
        if (out->n == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 8;
            out->v = sr_xrealloc(out->v, out->cap * sizeof *out->v);
        }
        sitrep_event *e = &out->v[out->n];
        memset(e, 0, sizeof *e);
        snprintf(e->article_id, sizeof e->article_id, "%s", art->id ? art->id : "");
        e->event_type = cd.type;
        e->sub_event_type = cd.sub;
        e->background = x->background;
        snprintf(e->cameo, sizeof e->cameo, "%s", cd.cameo);
        /* date */
        if (x->has_date) {
            sr_ymd_format(x->date, e->date);
            if (x->date_end.y) sr_ymd_format(x->date_end, e->date_end);
            e->date_precision = x->prec == SR_TIMEX_DAY ? SITREP_PREC_DAY
                              : x->prec == SR_TIMEX_WEEK ? SITREP_PREC_WEEK
                              : x->prec == SR_TIMEX_MONTH ? SITREP_PREC_MONTH : SITREP_PREC_YEAR;
            e->date_source = "text";
        } else if (k > 0 && inc[0].has_date) {
            /* a further incident the text does not date: the story's day */
            sr_ymd_format(inc[0].date, e->date);
            e->date_precision = inc[0].prec == SR_TIMEX_DAY ? SITREP_PREC_DAY : SITREP_PREC_WEEK;
            e->date_source = "text";
        } else if (a->doc->pubdate.y) {
            sr_ymd_format(a->doc->pubdate, e->date);
            e->date_precision = SITREP_PREC_DAY;
            e->date_source = "publication";
        } else {
            e->date_precision = SITREP_PREC_NONE;
            e->date_source = NULL;
        }
        /* place */
        const sr_place *p = NULL;
        const char *surface = NULL;
        uint32_t sb = 0, se = 0;
        if (x->place >= 0) {
            p = &a->topo[x->place].place;
            sb = a->t->tok[a->topo[x->place].tok_begin].start;
            se = a->t->tok[a->topo[x->place].tok_end - 1].end;
            surface = a->doc->text + sb;
            /* a country-level place in the sentence, but the article is
             * more specific about where: use the article's place if it is
             * in that country */
            if (p->kind == SR_PLACE_COUNTRY && have_text_place && text_place.kind != SR_PLACE_COUNTRY &&
                !strcmp(text_place.country, p->country)) {
                p = &text_place;
                surface = NULL;
            }
        } else if (k > 0 && inc[0].place >= 0) {
            /* a further incident of the story that names no place: the
             * story's place, not the agency's dateline */
            p = &a->topo[inc[0].place].place;
        } else if (have_art_place) {
            p = &art_place;
        }
        /* a strike or shelling across a border whose clause names no place
         * lands on the target's side, not on the attacker's home ground
         * where the story is filed ("..., leading the IDF to strike Hamas
         * targets" in a story from Sderot) */
        if (p && x->place < 0 && x->a1.country[0] && x->a2.country[0] &&
            strcmp(x->a1.country, x->a2.country) && !strcmp(p->country, x->a1.country) &&
            (!strcmp(cd.sub, "Air/drone strike") || !strcmp(cd.sub, "Shelling/artillery/missile attack")))
            p = NULL;
        e->location.lat = e->location.lon = NAN;
        if (p) {
            if (surface)
                snprintf(e->location.name, sizeof e->location.name, "%.*s", (int)(se - sb), surface);
            else
                snprintf(e->location.name, sizeof e->location.name, "%s", p->name ? p->name : "");
            snprintf(e->location.admin1, sizeof e->location.admin1, "%s", p->admin1 ? p->admin1 : "");
            snprintf(e->location.country, 3, "%s", p->country);
            e->location.lat = p->lat;
            e->location.lon = p->lon;
            e->location.precision = p->kind == SR_PLACE_AIRPORT ? SITREP_GEO_EXACT
                                  : p->kind == SR_PLACE_ADMIN1 ? SITREP_GEO_ADMIN1
                                  : p->kind == SR_PLACE_COUNTRY ? SITREP_GEO_COUNTRY
                                  : SITREP_GEO_CITY;
            /* an offset from a place ("40 km north of X"), or a village the
             * gazetteer does not know: only the region is sure */
            if (x->place >= 0 && p == &a->topo[x->place].place &&
                (a->topo[x->place].reference || a->topo[x->place].unresolved) &&
                (e->location.precision == SITREP_GEO_CITY || e->location.precision == SITREP_GEO_EXACT))
                e->location.precision = SITREP_GEO_ADMIN1;
        } else {
            /* last resort: the country of an actor that stands for a state
             * or an armed force ("Israeli troops"); a nationality that
             * describes a person ("an Australian man") is not a place */
            const char *cc = state_country(&x->a2) ? x->a2.country
                           : state_country(&x->a1) ? x->a1.country : "";
            float la, lo;
            const char *nm;
            if (cc[0] && sr_country_centroid(a->s, cc, &la, &lo, &nm)) {
                snprintf(e->location.name, sizeof e->location.name, "%s", nm);
                snprintf(e->location.country, 3, "%s", cc);
                e->location.lat = la;
                e->location.lon = lo;
                e->location.precision = SITREP_GEO_COUNTRY;
            }
        }
        /* weapon */
        if (x->weapon) {
            const char *nm = sr_lex_get(x->weapon, "name");
            snprintf(e->weapon, sizeof e->weapon, "%s", nm ? nm : x->weapon->phrase);
        }
        e->weapon_count = x->weapon_count >= 0 ? x->weapon_count : SITREP_UNKNOWN;
        put_figure(&x->killed, &e->fatalities, &e->fatalities_qualifier, e->fatalities_range,
                   e->fatalities_by_group);
        put_figure(&x->injured, &e->injured, &e->injured_qualifier, e->injured_range,
                   e->injured_by_group);
        put_figure(&x->abducted, &e->abducted, &e->abducted_qualifier, e->abducted_range, NULL);
        actor_text(a, &x->a1, &e->actor1);
        actor_text(a, &x->a2, &e->actor2);
        /* evidence */
        const sr_sentence *st = &a->t->sent[m->sent];
        e->evidence.start = st->start;
        e->evidence.end = st->end;
        e->evidence.text = sr_xstrndup(a->doc->text + st->start, st->end - st->start);
        /* id: stable for the same article, sentence and type */
        uint64_t h = fnv(e->article_id, 1469598103934665603ULL);
        char tmp[160];
        snprintf(tmp, sizeof tmp, "|%u|%s|%s", st->start, cd.type, cd.sub);
        h = fnv(tmp, h);
        snprintf(e->event_id, sizeof e->event_id, "%016llx", (unsigned long long)h);
        double conf = 0.45;
        if (x->has_date) conf += 0.1;
        if (p && p->kind != SR_PLACE_COUNTRY) conf += 0.1;
        if (x->weapon || x->killed.n >= 0) conf += 0.1;
        if (x->a1.tok_end) conf += 0.05;
        if (x->n > 1) conf += 0.1;
        e->confidence = conf > 0.95 ? 0.95 : conf;
        e->sources = x->n;
        out->n++;
        emitted++;
        if (a->explain) {
            fprintf(a->explain, "  incident %d -> %s / %s (CAMEO %s) from \"%s\" (%s) in sentence %u; %d mention(s)\n",
                    k + 1, cd.type, cd.sub, cd.cameo, m->trigger->phrase, m->cls, m->sent + 1, x->n);
            fprintf(a->explain, "    date %s: %s", e->date[0] ? e->date : "unknown",
                    x->from_date ? "sentence " : (e->date_source ? "publication date" : "none"));
            if (x->from_date) fprintf(a->explain, "%u", x->from_date);
            fprintf(a->explain, "; place %s: %s", e->location.name[0] ? e->location.name : "unknown",
                    x->place >= 0 ? "sentence " : "article (dateline or first place)");
            if (x->place >= 0) fprintf(a->explain, "%u", a->topo[x->place].sent + 1);
            fprintf(a->explain, "\n    fatalities %d (sentence %u), injured %d (sentence %u), abducted %d (sentence %u), weapon %s x%d (sentence %u), actor1 sentence %u, actor2 sentence %u\n",
                    e->fatalities, x->from_killed, e->injured, x->from_injured, e->abducted, x->from_abducted,
                    e->weapon[0] ? e->weapon : "-", e->weapon_count, x->from_weapon, x->from_a1, x->from_a2);
        }
    }
    return emitted;
}
