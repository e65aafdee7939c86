/* timex.c — finds and resolves the time expressions of one sentence.
 *
 * News prose dates events relative to the publication date ("late on
 * Thursday", "yesterday", "last week") far more often than explicitly
 * ("July 5, 2021").  sr_timex_find scans a sentence once with a tiny
 * tokenizer of its own (words, numbers, punctuation; no allocation), tags
 * the few words that matter through a sorted keyword table, and tries a
 * matcher only at "head" tokens: numbers, month and weekday names and a
 * handful of keywords.  Each matcher looks a few tokens back for its
 * modifiers ("last", "early", "since") and a few tokens ahead for the rest
 * of the expression, then resolves it against the publication date:
 *
 *   - weekdays: the most recent such day on or before the publication date
 *     (news reports past events), "last"/"next" shift it strictly;
 *   - dates without a year: the nearest such date not after pub + 1 day;
 *   - numbers are years only in a date-like context ("in 2003", "the 2013
 *     attack"), never before "GMT", "troops", "mm" and the like;
 *   - an expression is background when it lies well before the publication
 *     date (SR_TIMEX_BACKGROUND_DAYS), names an earlier year, or describes
 *     a period ("since 2014", "in recent years", "for decades").
 *
 * sr_date_parse_explicit, sr_date_parse_calendar and sr_date_from_url
 * reuse the same calendar parser for date lines, datelines and URL paths.  See docs/time.md. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* An expression whose period ended more than this many days before the
 * publication date is history (background), not the reported event. */
#define SR_TIMEX_BACKGROUND_DAYS 31

#define TX_MAX_TOK 256      /* tokens per scanning window */
#define TX_AHEAD 24         /* lookahead kept past a window's last head */
#define TX_BEHIND 8         /* lookbehind carried into the next window */
#define TX_YEAR_MIN 1800    /* bare numbers outside this are never years */
#define TX_YEAR_MAX 2100

enum { TX_WORD = 1, TX_NUM, TX_PUNCT };

typedef struct tx_tok {
    uint32_t start, end;      /* byte span in the scanned text */
    int32_t val;              /* plain number's value, keyword's value, else -1 */
    uint8_t kind;             /* TX_WORD, TX_NUM, TX_PUNCT */
    uint8_t id;               /* keyword id (words) or ASCII punctuation */
    uint8_t ndig;             /* digits of a plain number; 0 for "2,500" */
    bool cap;                 /* first letter upper case */
    bool glued;               /* no white space before the token */
} tx_tok;

/* Keyword ids.  Months are 1..12 so that id == month number. */
enum {
    K_NONE = 0,
    K_JAN = 1, K_DEC = 12,
    K_MONDAY, K_SUNDAY = K_MONDAY + 6,
    K_WDABBR, K_NUMWORD, K_A, K_FEW, K_MANY,
    K_DAY, K_DAYS, K_WEEK, K_WEEKS, K_MONTH, K_MONTHS, K_YEAR, K_YEARS,
    K_DECADE, K_DECADES, K_HOURS, K_WEEKEND,
    K_MORNING, K_AFTERNOON, K_EVENING, K_NIGHT,
    K_TODAY, K_TONIGHT, K_YESTERDAY, K_TOMORROW, K_OVERNIGHT,
    K_THIS, K_LAST, K_NEXT, K_PAST, K_COMING, K_EARLIER, K_LATER, K_AGO,
    K_RECENT,
    K_IN, K_ON, K_SINCE, K_BY, K_UNTIL, K_DURING, K_BEFORE, K_AFTER, K_FROM,
    K_BETWEEN, K_OF, K_THE, K_AND, K_OR, K_TO, K_THROUGH, K_FOR, K_INTO,
    K_EARLY, K_LATE, K_MID, K_START, K_END, K_SEASON,
    K_NEW, K_CHRISTMAS, K_EVE, K_ORD, K_S,
    K_CLOCK,                  /* am, pm, GMT ...: a number before is a time */
    K_QTY,                    /* troops, people, km ...: a number before is a count */
    K_YEARVERB                /* "2011 was ..." */
};

/* Month keyword values: abbreviations and verbs need a capital letter. */
#define TX_MONTH_ABBR 1
#define TX_MONTH_VERB 2

typedef struct tx_kw { const char *word; uint8_t id; int8_t val; } tx_kw;

/* Sorted by strcmp for bsearch. */
static const tx_kw tx_keywords[] = {
    {"a", K_A, 1}, {"acres", K_QTY, 0}, {"after", K_AFTER, 0},
    {"afternoon", K_AFTERNOON, 0}, {"ago", K_AGO, 0}, {"am", K_CLOCK, 0},
    {"an", K_A, 1}, {"and", K_AND, 0}, {"apr", K_JAN+3, 1},
    {"april", K_JAN+3, 0}, {"aug", K_JAN+7, 1}, {"august", K_JAN+7, 0},
    {"autumn", K_SEASON, 0}, {"barrels", K_QTY, 0}, {"before", K_BEFORE, 0},
    {"beginning", K_START, 0}, {"between", K_BETWEEN, 0}, {"bombs", K_QTY, 0},
    {"bst", K_CLOCK, 0}, {"buildings", K_QTY, 0}, {"by", K_BY, 0},
    {"cars", K_QTY, 0}, {"cases", K_QTY, 0}, {"casualties", K_QTY, 0},
    {"cest", K_CLOCK, 0}, {"cet", K_CLOCK, 0}, {"children", K_QTY, 0},
    {"christmas", K_CHRISTMAS, 0}, {"civilians", K_QTY, 0},
    {"coming", K_COMING, 0}, {"couple", K_FEW, 3}, {"day", K_DAY, 0},
    {"days", K_DAYS, 0}, {"deaths", K_QTY, 0}, {"dec", K_JAN+11, 1},
    {"decade", K_DECADE, 0}, {"decades", K_DECADES, 0},
    {"december", K_JAN+11, 0}, {"demonstrators", K_QTY, 0},
    {"detainees", K_QTY, 0}, {"dollars", K_QTY, 0}, {"during", K_DURING, 0},
    {"earlier", K_EARLIER, 0}, {"early", K_EARLY, 0}, {"eat", K_CLOCK, 0},
    {"edt", K_CLOCK, 0}, {"eight", K_NUMWORD, 8}, {"eighteen", K_NUMWORD, 18},
    {"eleven", K_NUMWORD, 11}, {"employees", K_QTY, 0}, {"end", K_END, 0},
    {"est", K_CLOCK, 0}, {"euros", K_QTY, 0}, {"eve", K_EVE, 0},
    {"evening", K_EVENING, 0}, {"fall", K_SEASON, 0}, {"families", K_QTY, 0},
    {"feb", K_JAN+1, 1}, {"february", K_JAN+1, 0}, {"feet", K_QTY, 0},
    {"few", K_FEW, 3}, {"fifteen", K_NUMWORD, 15}, {"fifty", K_NUMWORD, 50},
    {"fighters", K_QTY, 0}, {"five", K_NUMWORD, 5}, {"foot", K_QTY, 0},
    {"for", K_FOR, 0}, {"forty", K_NUMWORD, 40}, {"four", K_NUMWORD, 4},
    {"fourteen", K_NUMWORD, 14}, {"fri", K_WDABBR, 4},
    {"friday", K_MONDAY+4, 0}, {"from", K_FROM, 0}, {"gmt", K_CLOCK, 0},
    {"gst", K_CLOCK, 0}, {"had", K_YEARVERB, 0}, {"half", K_END, 0},
    {"has", K_YEARVERB, 0}, {"hectares", K_QTY, 0}, {"homes", K_QTY, 0},
    {"hour", K_HOURS, 0}, {"hours", K_HOURS, 0}, {"houses", K_QTY, 0},
    {"hr", K_CLOCK, 0}, {"hrs", K_CLOCK, 0}, {"ict", K_CLOCK, 0},
    {"in", K_IN, 0}, {"insurgents", K_QTY, 0}, {"into", K_INTO, 0},
    {"is", K_YEARVERB, 0}, {"ist", K_CLOCK, 0}, {"jan", K_JAN, 1},
    {"january", K_JAN, 0}, {"jobs", K_QTY, 0}, {"jul", K_JAN+6, 1},
    {"july", K_JAN+6, 0}, {"jun", K_JAN+5, 1}, {"june", K_JAN+5, 0},
    {"kg", K_QTY, 0}, {"kilometer", K_QTY, 0}, {"kilometers", K_QTY, 0},
    {"kilometre", K_QTY, 0}, {"kilometres", K_QTY, 0}, {"km", K_QTY, 0},
    {"last", K_LAST, 0}, {"late", K_LATE, 0}, {"later", K_LATER, 0},
    {"local", K_CLOCK, 0}, {"many", K_MANY, 0}, {"mar", K_JAN+2, 1},
    {"march", K_JAN+2, 2}, {"marked", K_YEARVERB, 0}, {"may", K_JAN+4, 2},
    {"members", K_QTY, 0}, {"men", K_QTY, 0}, {"meter", K_QTY, 0},
    {"meters", K_QTY, 0}, {"metre", K_QTY, 0}, {"metres", K_QTY, 0},
    {"mid", K_MID, 0}, {"middle", K_END, 0}, {"migrants", K_QTY, 0},
    {"mile", K_QTY, 0}, {"miles", K_QTY, 0}, {"militants", K_QTY, 0},
    {"missiles", K_QTY, 0}, {"mm", K_QTY, 0}, {"mon", K_WDABBR, 0},
    {"monday", K_MONDAY, 0}, {"month", K_MONTH, 0}, {"months", K_MONTHS, 0},
    {"morning", K_MORNING, 0}, {"msk", K_CLOCK, 0}, {"nd", K_ORD, 0},
    {"new", K_NEW, 0}, {"next", K_NEXT, 0}, {"night", K_NIGHT, 0},
    {"nine", K_NUMWORD, 9}, {"nineteen", K_NUMWORD, 19}, {"nov", K_JAN+10, 1},
    {"november", K_JAN+10, 0}, {"oct", K_JAN+9, 1}, {"october", K_JAN+9, 0},
    {"of", K_OF, 0}, {"officers", K_QTY, 0}, {"on", K_ON, 0},
    {"one", K_NUMWORD, 1}, {"or", K_OR, 0}, {"others", K_QTY, 0},
    {"overnight", K_OVERNIGHT, 0}, {"past", K_PAST, 0}, {"pdt", K_CLOCK, 0},
    {"people", K_QTY, 0}, {"percent", K_QTY, 0}, {"personnel", K_QTY, 0},
    {"persons", K_QTY, 0}, {"pkt", K_CLOCK, 0}, {"pm", K_CLOCK, 0},
    {"points", K_QTY, 0}, {"police", K_QTY, 0}, {"policemen", K_QTY, 0},
    {"pounds", K_QTY, 0}, {"prisoners", K_QTY, 0}, {"protesters", K_QTY, 0},
    {"pst", K_CLOCK, 0}, {"quarter", K_END, 0}, {"rd", K_ORD, 0},
    {"rebels", K_QTY, 0}, {"recent", K_RECENT, 0}, {"refugees", K_QTY, 0},
    {"residents", K_QTY, 0}, {"rockets", K_QTY, 0}, {"rounds", K_QTY, 0},
    {"rupees", K_QTY, 0}, {"s", K_S, 0}, {"sat", K_WDABBR, 5},
    {"saturday", K_MONDAY+5, 0}, {"saw", K_YEARVERB, 0}, {"sep", K_JAN+8, 1},
    {"sept", K_JAN+8, 1}, {"september", K_JAN+8, 0}, {"seven", K_NUMWORD, 7},
    {"seventeen", K_NUMWORD, 17}, {"several", K_FEW, 3}, {"shells", K_QTY, 0},
    {"since", K_SINCE, 0}, {"six", K_NUMWORD, 6}, {"sixteen", K_NUMWORD, 16},
    {"soldiers", K_QTY, 0}, {"spring", K_SEASON, 0}, {"st", K_ORD, 0},
    {"start", K_START, 0}, {"students", K_QTY, 0}, {"summer", K_SEASON, 0},
    {"sun", K_WDABBR, 6}, {"sunday", K_MONDAY+6, 0}, {"tanks", K_QTY, 0},
    {"ten", K_NUMWORD, 10}, {"th", K_ORD, 0}, {"the", K_THE, 0},
    {"thirteen", K_NUMWORD, 13}, {"thirty", K_NUMWORD, 30}, {"this", K_THIS, 0},
    {"three", K_NUMWORD, 3}, {"through", K_THROUGH, 0}, {"thu", K_WDABBR, 3},
    {"thur", K_WDABBR, 3}, {"thurs", K_WDABBR, 3}, {"thursday", K_MONDAY+3, 0},
    {"till", K_UNTIL, 0}, {"to", K_TO, 0}, {"today", K_TODAY, 0},
    {"tomorrow", K_TOMORROW, 0}, {"tonight", K_TONIGHT, 0},
    {"tonnes", K_QTY, 0}, {"tons", K_QTY, 0}, {"troops", K_QTY, 0},
    {"trucks", K_QTY, 0}, {"tue", K_WDABBR, 1}, {"tues", K_WDABBR, 1},
    {"tuesday", K_MONDAY+1, 0}, {"twelve", K_NUMWORD, 12},
    {"twenty", K_NUMWORD, 20}, {"two", K_NUMWORD, 2}, {"units", K_QTY, 0},
    {"until", K_UNTIL, 0}, {"utc", K_CLOCK, 0}, {"vehicles", K_QTY, 0},
    {"voters", K_QTY, 0}, {"votes", K_QTY, 0}, {"was", K_YEARVERB, 0},
    {"wat", K_CLOCK, 0}, {"wed", K_WDABBR, 2}, {"wednesday", K_MONDAY+2, 0},
    {"week", K_WEEK, 0}, {"weekend", K_WEEKEND, 0}, {"weeks", K_WEEKS, 0},
    {"were", K_YEARVERB, 0}, {"winter", K_SEASON, 0}, {"women", K_QTY, 0},
    {"workers", K_QTY, 0}, {"yards", K_QTY, 0}, {"year", K_YEAR, 0},
    {"years", K_YEARS, 0}, {"yesterday", K_YESTERDAY, 0}, {"yuan", K_QTY, 0},
};

static int kw_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const tx_kw *)elem)->word);
}

/* --------------------------------------------------------------- tokens */

/* White space, including no-break and thin spaces; *adv gets its length. */
static bool space_at(const unsigned char *s, size_t avail, size_t *adv)
{
    unsigned c = s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v' || c == 0) { *adv = 1; return true; }
    if (c == 0xC2 && avail >= 2 && s[1] == 0xA0) { *adv = 2; return true; }
    if (c == 0xE2 && avail >= 3 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF)) { *adv = 3; return true; }
    return false;
}

/* Non-ASCII punctuation folded to ASCII (curly quotes, dashes, currency
 * signs), or 0. */
static int fold_punct(const unsigned char *s, size_t avail, size_t *adv)
{
    if (s[0] == 0xE2 && avail >= 3 && s[1] == 0x80) {
        *adv = 3;
        switch (s[2]) {
        case 0x98: case 0x99: case 0xB2: return '\'';
        case 0x9C: case 0x9D: case 0xB3: return '"';
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95:
            return '-';
        default: return 0;
        }
    }
    if (s[0] == 0xE2 && avail >= 3 && s[1] == 0x82 && s[2] == 0xAC) { *adv = 3; return '$'; }
    if (s[0] == 0xC2 && avail >= 2 && (s[1] == 0xA3 || s[1] == 0xA5)) { *adv = 2; return '$'; }
    return 0;
}

static bool is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Tokenize text[pos..len) into at most max tokens.  *done tells whether the
 * end of the text was reached. */
static int tx_tokenize(const char *text, size_t len, size_t pos, tx_tok *tk,
                       int max, bool *done)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t adv;
    bool space = pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '\n' ||
                 s[pos - 1] == '\t' || s[pos - 1] >= 0x80;
    int n = 0;
    while (pos < len && n < max) {
        if (space_at(s + pos, len - pos, &adv)) { pos += adv; space = true; continue; }
        tx_tok *t = &tk[n++];
        t->start = (uint32_t)pos;
        t->glued = !space;
        t->cap = false;
        t->id = 0;
        t->val = -1;
        t->ndig = 0;
        space = false;
        unsigned c = s[pos];
        if (is_digit(c)) {
            long v = 0;
            int nd = 0;
            bool multi = false;
            for (;;) {
                while (pos < len && is_digit(s[pos])) {
                    if (nd < 10) v = v * 10 + (s[pos] - '0');
                    nd++, pos++;
                }
                if (pos + 1 < len && (s[pos] == ',' || s[pos] == '.') && is_digit(s[pos + 1])) {
                    multi = true;
                    pos++;
                    continue;
                }
                break;
            }
            t->kind = TX_NUM;
            if (!multi && nd <= 9) { t->ndig = (uint8_t)nd; t->val = (int32_t)v; }
        } else if (is_alpha(c) || (c >= 0x80 && !fold_punct(s + pos, len - pos, &adv))) {
            char low[16];
            size_t nl = 0;
            bool ascii = true;
            t->kind = TX_WORD;
            t->cap = c >= 'A' && c <= 'Z';
            while (pos < len) {
                c = s[pos];
                if (is_alpha(c)) {
                    if (nl < sizeof low - 1) low[nl] = (char)(c | 0x20);
                    nl++, pos++;
                } else if (c >= 0x80 && !space_at(s + pos, len - pos, &adv) &&
                           !fold_punct(s + pos, len - pos, &adv)) {
                    int q = sr_utf8_seq_len(s + pos, len - pos);
                    pos += q > 0 ? (size_t)q : 1;
                    ascii = false;
                } else {
                    break;
                }
            }
            if (ascii && nl < sizeof low) {
                low[nl] = 0;
                const tx_kw *k = bsearch(low, tx_keywords,
                                         sizeof tx_keywords / sizeof tx_keywords[0],
                                         sizeof tx_keywords[0], kw_cmp);
                if (k) { t->id = k->id; t->val = k->val; }
            }
        } else {
            int f = c >= 0x80 ? fold_punct(s + pos, len - pos, &adv) : 0;
            t->kind = TX_PUNCT;
            if (f) { t->id = (uint8_t)f; pos += adv; }
            else {
                t->id = (uint8_t)c;
                int q = sr_utf8_seq_len(s + pos, len - pos);
                pos += q > 0 ? (size_t)q : 1;
            }
        }
        t->end = (uint32_t)pos;
    }
    while (pos < len && space_at(s + pos, len - pos, &adv)) pos += adv;
    *done = pos >= len;
    return n;
}

/* ------------------------------------------------------------- calendar */

static sr_ymd ymd(int y, int m, int d) { sr_ymd r = {y, m, d}; return r; }
static long days_of(sr_ymd d) { return sr_ymd_to_days(d); }

/* First day of the month k months after (y, m). */
static sr_ymd month_add(int y, int m, int k)
{
    long idx = (long)y * 12 + (m - 1) + k;
    return ymd((int)(idx / 12), (int)(idx % 12) + 1, 1);
}

/* A month/day without a year: the nearest such date not after pub + 1 day
 * (news reports the past; the day after covers time zones). */
static bool resolve_monthday(sr_ymd pub, int m, int d, sr_ymd *out)
{
    long limit = days_of(pub) + 1;
    for (int y = pub.y + 1; y > pub.y - 8; y--) {
        if (sr_ymd_valid(y, m, d) && days_of(ymd(y, m, d)) <= limit) {
            *out = ymd(y, m, d);
            return true;
        }
    }
    return false;
}

enum { WD_ON_OR_BEFORE, WD_BEFORE, WD_AFTER };

static sr_ymd resolve_weekday(sr_ymd pub, int wd, int mode)
{
    int pw = sr_ymd_weekday(pub);
    if (mode == WD_AFTER) {
        int fwd = (wd - pw + 7) % 7;
        return sr_ymd_add_days(pub, fwd ? fwd : 7);
    }
    int back = (pw - wd + 7) % 7;
    if (back == 0 && mode == WD_BEFORE) back = 7;
    return sr_ymd_add_days(pub, -back);
}

static sr_ymd period_end(sr_ymd d, sr_timex_prec prec)
{
    switch (prec) {
    case SR_TIMEX_WEEK: return sr_ymd_add_days(d, 6);
    case SR_TIMEX_MONTH: return ymd(d.y, d.m, sr_days_in_month(d.y, d.m));
    case SR_TIMEX_YEAR: return ymd(d.y, 12, 31);
    default: return d;
    }
}

/* -------------------------------------------------------------- context */

typedef struct tx_ctx {
    const tx_tok *tk;
    int n;
    int lo;                   /* first token a span may start at */
    bool sent_start;          /* token 0 starts the text */
    bool strict;              /* ambiguous month words need a capital */
    bool have_pub;
    sr_ymd pub;
    sr_timex *out;
    size_t max, count;
} tx_ctx;

static int kw(const tx_ctx *c, int i)
{
    return i >= 0 && i < c->n && c->tk[i].kind == TX_WORD ? c->tk[i].id : K_NONE;
}
static int pc(const tx_ctx *c, int i)
{
    return i >= 0 && i < c->n && c->tk[i].kind == TX_PUNCT ? c->tk[i].id : 0;
}
static bool glued(const tx_ctx *c, int i) { return i >= 0 && i < c->n && c->tk[i].glued; }
static int num(const tx_ctx *c, int i)     /* digits of a plain number, or 0 */
{
    return i >= 0 && i < c->n && c->tk[i].kind == TX_NUM ? c->tk[i].ndig : 0;
}
static int val(const tx_ctx *c, int i) { return c->tk[i].val; }
static bool is_weekday(int id) { return id >= K_MONDAY && id <= K_SUNDAY; }
static bool is_month_id(int id) { return id >= K_JAN && id <= K_DEC; }
static bool is_part_of_day(int id)
{
    return id == K_MORNING || id == K_AFTERNOON || id == K_EVENING ||
           id == K_NIGHT || id == K_OVERNIGHT;
}

/* A month name at i, honouring the capital-letter rule for "may",
 * "march" and abbreviations in running text. */
static int month_at(const tx_ctx *c, int i)
{
    int id = kw(c, i);
    if (!is_month_id(id)) return 0;
    if (c->strict && c->tk[i].val && !c->tk[i].cap) return 0;
    return id;
}

/* A day of the month at i ("5", "05", "5th"); *end gets the token after. */
static bool day_at(const tx_ctx *c, int i, int *d, int *end)
{
    int nd = num(c, i);
    if (nd < 1 || nd > 2 || val(c, i) < 1 || val(c, i) > 31) return false;
    int e = i + 1;
    if (kw(c, e) == K_ORD && glued(c, e)) e++;
    if (e < c->n && glued(c, e) && c->tk[e].kind != TX_PUNCT) return false; /* "5mm" */
    if (pc(c, e) == ':' && glued(c, e) && num(c, e + 1) && glued(c, e + 1))
        return false;                                   /* "5:30", not "Jan 30: ..." */
    if (kw(c, e) == K_CLOCK || kw(c, e) == K_HOURS) return false;
    if (kw(c, e) == K_QTY) return false;
    *d = val(c, i);
    *end = e;
    return true;
}

/* The token after a four-digit number may not make it a time, a count or a
 * part of a longer word ("2000 GMT", "2000 troops", "2000hrs"). */
static bool year_tail_ok(const tx_ctx *c, int i)
{
    int e = i + 1;
    if (e >= c->n) return true;
    const tx_tok *t = &c->tk[e];
    if (t->glued && (t->kind != TX_PUNCT || t->id == ':' || t->id == '%')) return false;
    if (t->glued && t->id == '-' && kw(c, e + 1) && glued(c, e + 1)) return false; /* "2000-strong" */
    int id = kw(c, e);
    return id != K_CLOCK && id != K_QTY && id != K_HOURS;
}

/* A year in an explicit date ("July 5, 2021"). */
static bool year_at(const tx_ctx *c, int i, int *y)
{
    if (num(c, i) != 4 || val(c, i) < 1000 || val(c, i) > 2199) return false;
    if (!year_tail_ok(c, i)) return false;
    *y = val(c, i);
    return true;
}

typedef struct tx_date {
    sr_ymd d;                 /* resolved; y == 0 when a missing year could not be */
    sr_timex_prec prec;
    bool has_year;
    int end;                  /* token after the expression */
} tx_date;

/* Finish a parsed month/day(/year): check the calendar and fill in a
 * missing year from the publication date. */
static bool finish_date(const tx_ctx *c, int y, int m, int d, int end, tx_date *r)
{
    r->end = end;
    r->prec = SR_TIMEX_DAY;
    r->has_year = y != 0;
    if (y) {
        if (!sr_ymd_valid(y, m, d)) return false;
        r->d = ymd(y, m, d);
        return true;
    }
    if (!sr_ymd_valid(2000, m, d)) return false;       /* 2000 was leap: Feb 29 ok */
    if (!c->have_pub || !resolve_monthday(c->pub, m, d, &r->d)) r->d = ymd(0, m, d);
    return true;
}

/* Day-first unless impossible: "19/08/2021" and "08/19/2021" both work. */
static bool numeric_dmy(int a, int b, int y, int *m, int *d)
{
    if (a <= 12 && b > 12) { *m = a; *d = b; }
    else { *d = a; *m = b; }
    return sr_ymd_valid(y, *m, *d) && y >= 1000 && y <= 2199;
}

/* "19.08.2021", which the tokenizer keeps as one number. */
static bool dotted_date(const char *s, size_t n, int *y, int *m, int *d)
{
    int part[3] = {0, 0, 0}, nd[3] = {0, 0, 0}, k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') { if (++k > 2) return false; continue; }
        if (!is_digit((unsigned char)s[i]) || nd[k] >= 4) return false;
        part[k] = part[k] * 10 + (s[i] - '0');
        nd[k]++;
    }
    if (k != 2 || nd[0] > 2 || nd[1] > 2 || nd[2] != 4) return false;
    *y = part[2];
    return numeric_dmy(part[0], part[1], part[2], m, d);
}

/* An explicit calendar date starting at token i:
 *   2021-08-19 | 19/08/2021 | 19.08.2021
 *   5 July [2021] | 5th of July | 14-15 September [2021]
 *   July 5[, 2021] | Oct. 7 | Sept 14-15 | July 2021 (month precision) */
static bool parse_calendar(const tx_ctx *c, const char *text, int i, tx_date *r)
{
    int y = 0, m, d, e;
    int nd = num(c, i);
    if (i >= c->n) return false;
    if (c->tk[i].kind == TX_NUM) {
        const tx_tok *t = &c->tk[i];
        if (nd == 0) {                                  /* 19.08.2021 */
            if (!dotted_date(text + t->start, t->end - t->start, &y, &m, &d)) return false;
            if (!year_tail_ok(c, i)) return false;
            return finish_date(c, y, m, d, i + 1, r);
        }
        int sep = pc(c, i + 1);
        if ((sep == '-' || sep == '/') && glued(c, i + 1) && glued(c, i + 2) &&
            num(c, i + 2) >= 1 && num(c, i + 2) <= 2 && pc(c, i + 3) == sep &&
            glued(c, i + 3) && glued(c, i + 4)) {
            if (nd == 4 && num(c, i + 4) >= 1 && num(c, i + 4) <= 2) {   /* 2021-08-19 */
                y = val(c, i);
                if (y < 1000 || y > 2199) return false;
                return finish_date(c, y, val(c, i + 2), val(c, i + 4), i + 5, r);
            }
            if (nd <= 2 && num(c, i + 4) == 4) {                        /* 19/08/2021 */
                if (!numeric_dmy(val(c, i), val(c, i + 2), val(c, i + 4), &m, &d))
                    return false;
                return finish_date(c, val(c, i + 4), m, d, i + 5, r);
            }
            return false;
        }
        if (!day_at(c, i, &d, &e)) return false;        /* 5 July 2021 */
        if ((pc(c, e) == '-' && glued(c, e + 1)) || kw(c, e) == K_TO || kw(c, e) == K_AND) {
            int d2, e2;
            if (day_at(c, e + 1, &d2, &e2) && d2 > d) e = e2;
        }
        if (kw(c, e) == K_OF) e++;
        m = month_at(c, e);
        if (!m) return false;
        e++;
        if (c->tk[e - 1].val & TX_MONTH_ABBR && pc(c, e) == '.' && glued(c, e)) e++;
        if (year_at(c, e, &y)) e++;
        else if (pc(c, e) == ',' && year_at(c, e + 1, &y)) e += 2;
        else y = 0;
        return finish_date(c, y, m, d, e, r);
    }
    m = month_at(c, i);
    if (!m) return false;
    e = i + 1;
    if (c->tk[i].val & TX_MONTH_ABBR && pc(c, e) == '.' && glued(c, e)) e++;
    if (!(e == i + 1 && glued(c, e)) && day_at(c, e, &d, &e)) {   /* July 5, 2021; not "MAY7" */
        int d2, e2;
        if (pc(c, e) == '-' && glued(c, e + 1) && day_at(c, e + 1, &d2, &e2) && d2 > d) e = e2;
        if (year_at(c, e, &y)) e++;
        else if (pc(c, e) == ',' && year_at(c, e + 1, &y)) e += 2;
        else y = 0;
        return finish_date(c, y, m, d, e, r);
    }
    if (year_at(c, e, &y) || (pc(c, e) == ',' && year_at(c, ++e, &y))) {   /* March 2023 */
        r->d = ymd(y, m, 1);
        r->prec = SR_TIMEX_MONTH;
        r->has_year = true;
        r->end = e + 1;
        return true;
    }
    return false;
}

/* ------------------------------------------------------------- emitting */

enum { BG_AUTO, BG_PERIOD, BG_FORCE };

/* "since X" describes a period reaching back to X: background, always. */
static bool after_since(const tx_ctx *c, int b)
{
    int p = b - 1;
    for (int k = 0; k < 3 && (kw(c, p) == K_THE || kw(c, p) == K_EARLY ||
                              kw(c, p) == K_LATE || kw(c, p) == K_MID || pc(c, p) == '-'); k++)
        p--;
    return kw(c, p) == K_SINCE;
}

/* Report tokens [b, e) as an expression.  BG_AUTO: background when the
 * period ended long before pub or names an earlier year; BG_PERIOD: a
 * period reaching up to pub, background when it started long before;
 * BG_FORCE: always background. */
static void emit(tx_ctx *c, int b, int e, sr_ymd date, sr_timex_prec prec,
                 bool relative, int bg)
{
    if (relative && !c->have_pub) return;
    if (c->count >= c->max || date.y <= 0) return;
    if (b < c->lo) b = c->lo;
    bool background = bg == BG_FORCE || after_since(c, b);
    if (!background && c->have_pub) {
        long pd = days_of(c->pub);
        if (bg == BG_PERIOD)
            background = pd - days_of(date) > SR_TIMEX_BACKGROUND_DAYS;
        else if (prec == SR_TIMEX_YEAR)
            background = date.y < c->pub.y;
        else
            background = pd - days_of(period_end(date, prec)) > SR_TIMEX_BACKGROUND_DAYS;
    }
    sr_timex *x = &c->out[c->count++];
    x->start = c->tk[b].start;
    x->end = c->tk[e - 1].end;
    x->date = date;
    x->date_end = ymd(0, 0, 0);
    x->precision = prec;
    x->relative = relative;
    x->background = background;
}

/* Extend past "'s" ("Friday's attack"). */
static int skip_possessive(const tx_ctx *c, int e)
{
    if (pc(c, e) == '\'' && glued(c, e) && kw(c, e + 1) == K_S && glued(c, e + 1)) return e + 2;
    return e;
}

/* ------------------------------------------------------------- matchers
 * Each returns the token after the expression it reported, or 0. */

static int m_calendar_at(tx_ctx *c, const char *text, int i, int start)
{
    tx_date r;
    if (!parse_calendar(c, text, i, &r)) return 0;
    if (r.prec != SR_TIMEX_DAY) {               /* "early March 2023" */
        int p = start - 1;
        if (pc(c, p) == '-' && glued(c, start) && kw(c, p - 1) == K_MID) start = p - 1;
        else if (kw(c, p) == K_EARLY || kw(c, p) == K_LATE || kw(c, p) == K_MID) start = p;
    }
    if (!r.has_year && !c->have_pub) return r.end;
    emit(c, start, r.end, r.d, r.prec, !r.has_year, BG_AUTO);
    return r.end;
}

/* A four-digit number as a year: only in a date-like context. */
static int m_year(tx_ctx *c, int i)
{
    int y = val(c, i);
    if (num(c, i) != 4 || y < TX_YEAR_MIN || y > TX_YEAR_MAX) return 0;
    if (!year_tail_ok(c, i)) return 0;
    if (pc(c, i - 1) == '$' || (glued(c, i) && (kw(c, i - 1) || num(c, i - 1) ||
                                                 pc(c, i - 1) == ':')))
        return 0;
    int start = i, p = i - 1;
    bool ctx = false;
    if (pc(c, p) == '-' && glued(c, i) && kw(c, p - 1) == K_MID) { start = p - 1; p -= 2; ctx = true; }
    else if (kw(c, p) == K_EARLY || kw(c, p) == K_LATE || kw(c, p) == K_MID) { start = p--; ctx = true; }
    int pk = kw(c, p);
    if (!ctx) {
        switch (pk) {
        case K_IN: case K_SINCE: case K_DURING: case K_UNTIL: case K_BEFORE:
        case K_AFTER: case K_FROM: case K_BETWEEN: case K_BY: case K_THROUGH:
        case K_SEASON:
            ctx = true;
            break;
        case K_THE:                                 /* "the 2013 attack" */
            ctx = i + 1 < c->n && c->tk[i + 1].kind == TX_WORD &&
                  (!c->have_pub || y <= c->pub.y);
            break;
        case K_OF: {                                /* "the end of 2019" */
            int q = kw(c, p - 1);
            ctx = q == K_START || q == K_END || q == K_SEASON || q == K_YEAR ||
                  is_month_id(q);
            break;
        }
        case K_AND: case K_OR: case K_TO:           /* "in 2003 and 2004" */
            ctx = num(c, p - 1) == 4;
            break;
        default:
            if (p < 0 ? c->sent_start : (p == 0 && c->sent_start && pc(c, 0) == '"'))
                ctx = pc(c, i + 1) == ',' || kw(c, i + 1) == K_YEARVERB;
        }
    }
    if (!ctx) return 0;
    int e = i + 1;
    if (pc(c, e) == '-' && glued(c, e) && glued(c, e + 1) &&
        (num(c, e + 1) == 2 || num(c, e + 1) == 4))
        e += 2;                                     /* 2010-2014, 2010-14 */
    else if ((pk == K_FROM || pk == K_BETWEEN) &&
             (kw(c, e) == K_TO || kw(c, e) == K_AND || kw(c, e) == K_UNTIL) &&
             num(c, e + 1) == 4 && year_tail_ok(c, e + 1))
        e += 2;
    emit(c, start, e, ymd(y, 1, 1), SR_TIMEX_YEAR, false, BG_AUTO);
    return e;
}

static int m_number(tx_ctx *c, const char *text, int i)
{
    int e = m_calendar_at(c, text, i, i);
    if (e) return e;
    int y = val(c, i);
    if (num(c, i) == 4 && y % 10 == 0 && y >= TX_YEAR_MIN && y <= TX_YEAR_MAX &&
        kw(c, i + 1) == K_S && glued(c, i + 1)) {  /* "the 1990s" */
        int p = i - 1, start = i;
        if (kw(c, p) == K_EARLY || kw(c, p) == K_LATE || kw(c, p) == K_MID) start = p--;
        if (kw(c, p) != K_THE && start == i) return 0;
        emit(c, start, i + 2, ymd(y, 1, 1), SR_TIMEX_YEAR, false, BG_AUTO);
        return i + 2;
    }
    return m_year(c, i);
}

static int m_month(tx_ctx *c, const char *text, int i)
{
    if (!month_at(c, i)) return 0;
    int e = m_calendar_at(c, text, i, i);
    if (e) return e;
    /* A lone month name: full, capitalised and after a date preposition. */
    const tx_tok *t = &c->tk[i];
    if (t->val & TX_MONTH_ABBR || !t->cap) return 0;
    int m = t->id, start = i, p = i - 1;
    bool ctx = false, last = false;
    if (pc(c, p) == '-' && glued(c, i) && kw(c, p - 1) == K_MID) { start = p - 1; p -= 2; ctx = true; }
    else if (kw(c, p) == K_EARLY || kw(c, p) == K_LATE || kw(c, p) == K_MID) { start = p--; ctx = true; }
    switch (kw(c, p)) {
    case K_LAST:
        if (!ctx) { last = true; start = p; ctx = true; }
        break;
    case K_IN: case K_SINCE: case K_UNTIL: case K_DURING: case K_FROM:
    case K_THROUGH: case K_BEFORE: case K_AFTER:
        ctx = true;
        break;
    case K_OF:
        if (kw(c, p - 1) == K_START || kw(c, p - 1) == K_END) ctx = true;
        break;
    default:
        break;
    }
    if (!ctx) return 0;
    int y = c->pub.y;
    if (last ? m >= c->pub.m : m > c->pub.m) y--;
    emit(c, start, i + 1, ymd(y, m, 1), SR_TIMEX_MONTH, true, BG_AUTO);
    return i + 1;
}

static int m_weekday(tx_ctx *c, const char *text, int i)
{
    int wd = kw(c, i) - K_MONDAY, start = i, mode = WD_ON_OR_BEFORE;
    switch (kw(c, i - 1)) {
    case K_LAST: mode = WD_BEFORE; start = i - 1; break;
    case K_NEXT: case K_COMING: mode = WD_AFTER; start = i - 1; break;
    case K_THIS: case K_EARLY: case K_LATE: start = i - 1; break;
    default: break;
    }
    if (start < c->lo) start = i;
    /* "Thursday, July 5" / "Sunday, November 22, 2015": the date decides. */
    int j = pc(c, i + 1) == ',' ? i + 2 : i + 1;
    tx_date r;
    if (parse_calendar(c, text, j, &r) && r.prec == SR_TIMEX_DAY) {
        if (r.has_year || c->have_pub)
            emit(c, start, r.end, r.d, r.prec, !r.has_year, BG_AUTO);
        return r.end;
    }
    int e = skip_possessive(c, i + 1);
    if (is_part_of_day(kw(c, e))) e = skip_possessive(c, e + 1);
    /* Ranges ("between Monday and Wednesday", "the night of Thursday and
     * Friday") report their first day. */
    int k = kw(c, e), wd2 = -1;
    /* "the night of Thursday and Friday", "Thursday night and Friday" */
    bool night = is_part_of_day(kw(c, e - 1)) || is_part_of_day(kw(c, i - 2)) ||
                 is_part_of_day(kw(c, i - 1));
    if ((k == K_AND || k == K_TO || k == K_THROUGH || k == K_UNTIL ||
         (pc(c, e) == '-' && glued(c, e + 1))) && is_weekday(kw(c, e + 1))) {
        wd2 = kw(c, e + 1) - K_MONDAY;
        e = skip_possessive(c, e + 2);
        if (is_part_of_day(kw(c, e))) e = skip_possessive(c, e + 1);
    }
    sr_ymd first = resolve_weekday(c->pub, wd, mode);
    size_t before = c->count;
    emit(c, start, e, first, SR_TIMEX_DAY, true, BG_AUTO);
    /* a span of days ("between Monday and Wednesday"), not one night told
     * by its two days ("the night of Thursday and Friday") */
    if (wd2 >= 0 && !night && c->count > before) {
        long span = (wd2 - wd + 7) % 7;
        if (span > 0 && days_of(first) + span <= days_of(c->pub) + 1) {
            sr_timex *x = &c->out[c->count - 1];
            x->date_end = sr_ymd_add_days(first, (int)span);
            x->precision = SR_TIMEX_WEEK;
        }
    }
    return e;
}

/* today, tonight, yesterday, tomorrow, overnight */
static int m_deictic(tx_ctx *c, int i)
{
    int id = kw(c, i), start = i, shift = 0;
    int p = kw(c, i - 1);
    if (id == K_OVERNIGHT) {
        /* "overnight into Friday": the weekday carries the date. */
        int n1 = kw(c, i + 1);
        if (is_weekday(n1) || n1 == K_TONIGHT || n1 == K_YESTERDAY || n1 == K_TODAY) return 0;
        if ((n1 == K_ON || n1 == K_INTO || n1 == K_TO || n1 == K_FROM || n1 == K_OF) &&
            is_weekday(kw(c, i + 2)))
            return 0;
        if (is_weekday(p)) return 0;
    }
    if (p == K_EARLIER || p == K_LATER || p == K_EARLY || p == K_LATE) start = i - 1;
    switch (id) {
    case K_YESTERDAY: case K_OVERNIGHT: shift = -1; break;
    case K_TOMORROW: shift = 1; break;
    default: break;
    }
    int e = skip_possessive(c, i + 1);
    if (id != K_TONIGHT && id != K_OVERNIGHT && is_part_of_day(kw(c, e)))
        e = skip_possessive(c, e + 1);
    emit(c, start, e, sr_ymd_add_days(c->pub, shift), SR_TIMEX_DAY, true, BG_AUTO);
    return e;
}

static bool unit_plural(int u)
{
    return u == K_DAYS || u == K_WEEKS || u == K_MONTHS || u == K_YEARS ||
           u == K_DECADES || u == K_HOURS;
}

/* Start of a period of n units before pub, and its precision. */
static sr_ymd units_back(sr_ymd pub, int u, int n, sr_timex_prec *prec)
{
    switch (u) {
    case K_HOURS: *prec = SR_TIMEX_DAY; return sr_ymd_add_days(pub, -(n / 24));
    case K_DAY: case K_DAYS: *prec = SR_TIMEX_DAY; return sr_ymd_add_days(pub, -n);
    case K_WEEK: case K_WEEKS: *prec = SR_TIMEX_WEEK; return sr_ymd_add_days(pub, -7L * n);
    case K_MONTH: case K_MONTHS: *prec = SR_TIMEX_MONTH; return month_add(pub.y, pub.m, -n);
    case K_YEAR: case K_YEARS: *prec = SR_TIMEX_YEAR; return ymd(pub.y - n, 1, 1);
    default: *prec = SR_TIMEX_YEAR; return ymd(pub.y - 10 * n, 1, 1);   /* decades */
    }
}

/* A count before token i: "three", "3", "a", "a few", "several".  Returns
 * the count (0 none); *first gets the count's first token; *vague is set
 * for "few"/"several"/"many". */
static int count_before(const tx_ctx *c, int i, int *first, bool *vague)
{
    int p = i - 1, k = kw(c, p);
    *vague = false;
    *first = p;
    if (num(c, p) >= 1 && num(c, p) <= 3 && val(c, p) > 0) return val(c, p);
    if (k == K_NUMWORD || k == K_A) return c->tk[p].val;
    if (k == K_FEW || k == K_MANY) {
        *vague = true;
        if (kw(c, p - 1) == K_A) *first = p - 1;
        return 3;
    }
    return 0;
}

/* Units: "two days ago", "last week", "this month", "the past three
 * years", "in recent weeks", "for decades", "the day before yesterday". */
static int m_unit(tx_ctx *c, int i)
{
    int u = kw(c, i), first;
    bool vague;
    sr_timex_prec prec;
    sr_ymd pub = c->pub, d;

    if (kw(c, i + 1) == K_AGO) {
        int n = count_before(c, i, &first, &vague);
        if (!n || n > 400 || u == K_WEEKEND || is_part_of_day(u)) return 0;
        d = units_back(pub, u, n, &prec);
        if (vague && prec < SR_TIMEX_YEAR) prec++;      /* "a few days ago": about a week */
        emit(c, first, i + 2, d, prec, true, BG_AUTO);
        return i + 2;
    }
    if (u == K_DAY && (kw(c, i + 1) == K_BEFORE || kw(c, i + 1) == K_AFTER) &&
        kw(c, i + 2) == (kw(c, i + 1) == K_BEFORE ? K_YESTERDAY : K_TOMORROW)) {
        int start = kw(c, i - 1) == K_THE ? i - 1 : i;
        emit(c, start, i + 3, sr_ymd_add_days(pub, kw(c, i + 1) == K_BEFORE ? -2 : 2),
             SR_TIMEX_DAY, true, BG_AUTO);
        return i + 3;
    }

    int p = i - 1, pk = kw(c, p);
    if ((pk == K_THIS || pk == K_LAST || pk == K_NEXT) && !unit_plural(u) && u != K_DAY &&
        u != K_DECADE) {
        int start = p, e = skip_possessive(c, i + 1);
        if (pk == K_THIS && (kw(c, p - 1) == K_EARLIER || kw(c, p - 1) == K_LATER)) start = p - 1;
        int step = pk == K_LAST ? -1 : pk == K_NEXT ? 1 : 0, pw = sr_ymd_weekday(pub);
        switch (u) {
        case K_WEEK:
            d = step ? sr_ymd_add_days(pub, 7 * step) : sr_ymd_add_days(pub, -pw);
            prec = SR_TIMEX_WEEK;
            break;
        case K_MONTH:
            d = month_add(pub.y, pub.m, step);
            prec = SR_TIMEX_MONTH;
            break;
        case K_YEAR:
            d = ymd(pub.y + step, 1, 1);
            prec = SR_TIMEX_YEAR;
            break;
        case K_WEEKEND:                     /* the Saturday of that weekend */
            d = sr_ymd_add_days(pub, 5 - pw + 7 * step);
            prec = SR_TIMEX_WEEK;
            break;
        default:                            /* morning ... night */
            if (pk == K_NEXT || (pk == K_LAST && u != K_NIGHT)) return 0;
            d = sr_ymd_add_days(pub, pk == K_LAST ? -1 : 0);
            prec = SR_TIMEX_DAY;
            break;
        }
        size_t before = c->count;
        emit(c, start, e, d, prec, true, BG_AUTO);
        if (u == K_WEEKEND && c->count > before) c->out[c->count - 1].date_end = sr_ymd_add_days(d, 1);
        return e;
    }
    /* "over the weekend", "on the weekend": the weekend just past, or the
     * one under way when the story is dated Saturday or Sunday */
    if (u == K_WEEKEND && pk == K_THE) {
        int pw = sr_ymd_weekday(pub), e = skip_possessive(c, i + 1);
        d = sr_ymd_add_days(pub, pw >= 5 ? 5 - pw : -pw - 2);
        size_t before = c->count;
        emit(c, p, e, d, SR_TIMEX_WEEK, true, BG_AUTO);
        if (c->count > before) c->out[c->count - 1].date_end = sr_ymd_add_days(d, 1);
        return e;
    }
    if (is_part_of_day(u) || u == K_WEEKEND) return 0;

    /* Periods reaching up to pub. */
    int n = count_before(c, i, &first, &vague);
    int q = n ? first - 1 : p;
    if (n && kw(c, first) == K_A && !vague) return 0;   /* "a year", "the past a ..." */
    int qk = kw(c, q);
    if (qk == K_PAST || (qk == K_LAST && (n || unit_plural(u) || u == K_DECADE))) {
        if (!n) n = unit_plural(u) ? 3 : 1;
        d = units_back(pub, u, n, &prec);
        emit(c, q, i + 1, d, prec, true, BG_PERIOD);
        return i + 1;
    }
    if (qk == K_RECENT && !n && unit_plural(u) && u != K_HOURS) {
        d = units_back(pub, u, u == K_WEEKS ? 2 : u == K_DECADES ? 2 : 3, &prec);
        emit(c, q, i + 1, d, prec, true, u == K_DAYS ? BG_PERIOD : BG_FORCE);
        return i + 1;
    }
    if ((qk == K_FOR && (!n || vague)) &&
        (u == K_MONTHS || u == K_YEARS || u == K_DECADES)) {
        d = units_back(pub, u, u == K_YEARS ? 5 : u == K_DECADES ? 2 : 3, &prec);
        emit(c, n ? first : i, i + 1, d, prec, true, BG_FORCE);
        return i + 1;
    }
    return 0;
}

/* New Year's Eve/Day, Christmas Day/Eve. */
static int m_holiday(tx_ctx *c, int i)
{
    int m, d, e;
    if (kw(c, i) == K_NEW) {
        if (kw(c, i + 1) != K_YEAR || skip_possessive(c, i + 2) != i + 4) return 0;
        if (kw(c, i + 4) == K_EVE) { m = 12; d = 31; }
        else if (kw(c, i + 4) == K_DAY) { m = 1; d = 1; }
        else return 0;
        e = i + 5;
    } else {
        if (kw(c, i + 1) == K_DAY) d = 25;
        else if (kw(c, i + 1) == K_EVE) d = 24;
        else return 0;
        m = 12;
        e = i + 2;
    }
    sr_ymd r;
    if (!resolve_monthday(c->pub, m, d, &r)) return 0;
    emit(c, i, e, r, SR_TIMEX_DAY, true, BG_AUTO);
    return e;
}

/* "the start of the year", "since the beginning of this month" */
static int m_start_of(tx_ctx *c, int i)
{
    int k = kw(c, i + 2), u = kw(c, i + 3);
    if (kw(c, i + 1) != K_OF || (k != K_THE && k != K_THIS)) return 0;
    sr_ymd pub = c->pub, d;
    sr_timex_prec prec;
    if (u == K_YEAR) { d = ymd(pub.y, 1, 1); prec = SR_TIMEX_YEAR; }
    else if (u == K_MONTH) { d = ymd(pub.y, pub.m, 1); prec = SR_TIMEX_MONTH; }
    else if (u == K_WEEK) { d = sr_ymd_add_days(pub, -sr_ymd_weekday(pub)); prec = SR_TIMEX_WEEK; }
    else return 0;
    emit(c, kw(c, i - 1) == K_THE ? i - 1 : i, i + 4, d, prec, true, BG_AUTO);
    return i + 4;
}

static int match_head(tx_ctx *c, const char *text, int i)
{
    const tx_tok *t = &c->tk[i];
    if (t->kind == TX_NUM) return m_number(c, text, i);
    if (t->kind != TX_WORD || !t->id) return 0;
    int id = t->id;
    if (is_month_id(id)) return m_month(c, text, i);
    if (is_weekday(id)) return m_weekday(c, text, i);
    switch (id) {
    case K_TODAY: case K_TONIGHT: case K_YESTERDAY: case K_TOMORROW: case K_OVERNIGHT:
        return m_deictic(c, i);
    case K_DAY: case K_DAYS: case K_WEEK: case K_WEEKS: case K_MONTH: case K_MONTHS:
    case K_YEAR: case K_YEARS: case K_DECADE: case K_DECADES: case K_HOURS:
    case K_WEEKEND: case K_MORNING: case K_AFTERNOON: case K_EVENING: case K_NIGHT:
        return m_unit(c, i);
    case K_NEW: case K_CHRISTMAS:
        return m_holiday(c, i);
    case K_START:
        return m_start_of(c, i);
    default:
        return 0;
    }
}

/* ------------------------------------------------------------ interface */

/* The word before byte `at` (lower-cased into w), skipping spaces. */
static void word_before(const char *text, size_t at, char *w, size_t cap)
{
    size_t e = at;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) e--;
    size_t b = e;
    while (b > 0 && is_alpha((unsigned char)text[b - 1])) b--;
    size_t n = e - b < cap - 1 ? e - b : cap - 1;
    for (size_t k = 0; k < n; k++) w[k] = (char)(text[b + k] | 0x20);
    w[n] = 0;
}

/* Two expressions that make one range: "between Monday and Wednesday",
 * "from March 1 to March 4", "March 1 - March 4".  The first takes the
 * second's last day as its date_end and an honest precision: a week for a
 * span of up to seven days, else a month. */
static size_t join_ranges(const char *text, sr_timex *out, size_t n)
{
    size_t w = 0;
    for (size_t k = 0; k < n; k++) {
        if (k + 1 < n && !out[k].background && !out[k + 1].background) {
            sr_timex *x = &out[k], *y = &out[k + 1];
            char mid[16] = "", lead[16];
            size_t gap = y->start - x->end, q = 0;
            for (size_t i = x->end; i < y->start && q + 1 < sizeof mid && gap < 24; i++)
                if (text[i] != ' ' && text[i] != ',') mid[q++] = (char)(text[i] | 0x20);
            mid[q] = 0;
            word_before(text, x->start, lead, sizeof lead);
            bool between = !strcmp(lead, "between") && !strcmp(mid, "and");
            bool from = !strcmp(lead, "from") && (!strcmp(mid, "to") || !strcmp(mid, "until") ||
                                                  !strcmp(mid, "through") || !strcmp(mid, "till"));
            bool dash = x->precision == SR_TIMEX_DAY && y->precision == SR_TIMEX_DAY &&
                        (!strcmp(mid, "-") || !strcmp(mid, "\xe2\x80\x93"));
            long span = days_of(y->date) - days_of(x->date);
            if ((between || from || dash) && gap < 24 && span > 0 && span <= 62 &&
                x->precision == y->precision) {
                x->end = y->end;
                x->date_end = period_end(y->date, y->precision);
                span = days_of(x->date_end) - days_of(x->date);
                x->precision = span <= 6 ? SR_TIMEX_WEEK : SR_TIMEX_MONTH;
                out[w++] = *x;
                k++;
                continue;
            }
        }
        out[w++] = out[k];
    }
    return w;
}

size_t sr_timex_find(const char *text, size_t len, sr_ymd pub,
                     sr_timex *out, size_t max)
{
    tx_tok tk[TX_MAX_TOK];
    tx_ctx c;
    memset(&c, 0, sizeof c);
    c.tk = tk;
    c.strict = true;
    c.have_pub = sr_ymd_valid(pub.y, pub.m, pub.d);
    c.pub = c.have_pub ? pub : ymd(2000, 1, 1);    /* harmless stand-in */
    c.out = out;
    c.max = max;
    if (!text || !out || !max) return 0;

    size_t pos = 0;
    int first = 0;
    uint32_t consumed = 0;    /* byte offset no new span may start before */
    for (;;) {
        bool done;
        c.n = tx_tokenize(text, len, pos, tk, TX_MAX_TOK, &done);
        c.sent_start = pos == 0;
        int limit = done ? c.n : c.n - TX_AHEAD;
        c.lo = first;
        while (c.lo < c.n && tk[c.lo].start < consumed) c.lo++;
        for (int i = c.lo; i < limit && c.count < c.max;) {
            int e = match_head(&c, text, i);
            if (e > i) {
                c.lo = i = e;
                consumed = tk[e - 1].end;
            } else {
                i++;
            }
        }
        if (done || c.count >= c.max) break;
        pos = tk[limit - TX_BEHIND].start;
        first = TX_BEHIND;
    }
    return join_ranges(text, out, c.count);
}

/* An explicit date, perhaps after a weekday, at the start of s; a missing
 * year is filled from pub when pub is valid and left 0 otherwise.  Returns
 * the bytes consumed, or 0. */
static size_t explicit_date_at(const char *s, size_t len, sr_ymd pub, tx_date *r)
{
    tx_tok tk[24];
    tx_ctx c;
    bool done;
    if (!s) return 0;
    memset(&c, 0, sizeof c);
    c.tk = tk;
    c.n = tx_tokenize(s, len, 0, tk, 24, &done);
    c.have_pub = sr_ymd_valid(pub.y, pub.m, pub.d);
    c.pub = pub;
    int i = 0;
    if (is_weekday(kw(&c, 0)) || kw(&c, 0) == K_WDABBR) {
        i = 1;
        if (pc(&c, i) == '.' && glued(&c, i)) i++;           /* "Tues., Sept. 2" */
        if (pc(&c, i) == ',') i++;
    }
    if (!parse_calendar(&c, s, i, r)) return 0;
    return tk[r->end - 1].end;
}

size_t sr_date_parse_explicit(const char *s, size_t len, sr_ymd pub, sr_ymd *out,
                              sr_timex_prec *prec)
{
    tx_date r;
    size_t used = explicit_date_at(s, len, pub, &r);
    if (!used || r.d.y <= 0) return 0;
    if (out) *out = r.d;
    if (prec) *prec = r.prec;
    return used;
}

size_t sr_date_parse_calendar(const char *s, size_t len, sr_ymd *out,
                              sr_timex_prec *prec)
{
    sr_ymd no_pub = {0, 0, 0};
    tx_date r;
    size_t used = explicit_date_at(s, len, no_pub, &r);
    if (!used) return 0;
    if (out) *out = r.d;
    if (prec) *prec = r.prec;
    return used;
}

/* Three-letter month abbreviation at s ("aug"), or 0. */
static int url_month_name(const char *s)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    char low[3];
    for (int k = 0; k < 3; k++) {
        if (!is_alpha((unsigned char)s[k])) return 0;
        low[k] = (char)(s[k] | 0x20);
    }
    if (is_alpha((unsigned char)s[3])) return 0;
    for (int m = 0; m < 12; m++)
        if (memcmp(names + 3 * m, low, 3) == 0) return m + 1;
    return 0;
}

/* Digits at s, at most maxd of them, none following; *n gets the count. */
static int url_number(const char *s, int maxd, int *n)
{
    int v = 0, k = 0;
    while (k < maxd && is_digit((unsigned char)s[k])) v = v * 10 + (s[k++] - '0');
    *n = is_digit((unsigned char)s[k]) ? 0 : k;
    return v;
}

static bool url_year_ok(int y) { return y >= 1980 && y <= 2100; }

sr_ymd sr_date_from_url(const char *url)
{
    sr_ymd none = {0, 0, 0};
    if (!url) return none;
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : url;
    if (!path) return none;

    /* /2021/08/20/, /2021-08-20-, /2021/aug/20/ */
    for (const char *p = path; *p; p++) {
        if (!is_digit((unsigned char)*p) || (p > path && is_digit((unsigned char)p[-1])))
            continue;
        int nd, y = url_number(p, 4, &nd), m, d;
        if (nd != 4 || !url_year_ok(y)) continue;
        char sep = p[4];
        if (sep != '/' && sep != '-' && sep != '_') continue;
        const char *q = p + 5;
        if ((m = url_month_name(q)) != 0) q += 3;
        else {
            m = url_number(q, 2, &nd);
            if (!nd) continue;
            q += nd;
        }
        if (*q != sep) continue;
        d = url_number(q + 1, 2, &nd);
        if (nd && sr_ymd_valid(y, m, d)) return ymd(y, m, d);
    }
    /* 20190812, story-20201231, 20190812143000; in 12 and 14 digit runs
     * the tail after the date is a time or a serial (allAfrica's
     * 201908120463), so only the leading date is checked. */
    for (const char *p = path; *p; p++) {
        if (!is_digit((unsigned char)*p) || (p > path && is_digit((unsigned char)p[-1]))) continue;
        size_t run = 0;
        while (is_digit((unsigned char)p[run])) run++;
        if (run != 8 && run != 12 && run != 14) { p += run - 1; continue; }
        int v[3] = {0};
        for (size_t k = 0; k < 8; k++) {
            int field = k < 4 ? 0 : (int)(k - 4) / 2 + 1;
            v[field] = v[field] * 10 + (p[k] - '0');
        }
        if (url_year_ok(v[0]) && sr_ymd_valid(v[0], v[1], v[2]))
            return ymd(v[0], v[1], v[2]);
        p += run - 1;
    }
    return none;
}
