/* clean.c — turns a raw scraped article into the clean body text the rest of
 * the pipeline reads, and pulls out what the scraper left around it: the
 * title, the URL, highlight bullets, the dateline place and the publication
 * date.
 *
 * How it works: one pass normalises the bytes (valid UTF-8, CR/CRLF to LF,
 * tabs and odd spaces to one space, trimmed lines, a few HTML entities) into
 * a working buffer and splits it into lines.  Every later rule only marks a
 * line dropped, moves its start past a prefix (the "date YYYY-MM-DD" record
 * line, a dateline) or marks it joined to the previous line (hard-wrapped
 * newswire text).  A final pass writes the kept lines out, with at most one
 * blank line between paragraphs.  Each rule looks at a bounded window (the
 * first dozen lines, the last dozen) or uses a hash set, so cleaning is
 * linear in the article size.
 *
 * The rules are deliberately conservative: a line is dropped only when it is
 * clearly not prose (a URL, a date on its own, a repeated paragraph, a
 * credit or copyright line), never because it merely looks unimportant.
 * The publication date is taken, best first, from the article's JSON date,
 * the record's "date" line, a date line or dateline near the top, and last
 * the URL (/2021/08/20/, 20190812...).
 */
#include "internal.h"

#include <utf8proc.h>

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- lines */

typedef struct cline {
    const char *s;      /* trimmed, space-collapsed content (no '\n') */
    size_t off, len;    /* off: into the working buffer, while building */
    bool indent;        /* the raw line began with white space */
    bool drop;          /* not part of the body */
    bool join;          /* continue the previous kept line with a space */
} cline;

typedef struct lines { cline *v; size_t n, cap; } lines;

static void push_line(lines *L, size_t off, size_t len, bool indent)
{
    if (L->n == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 64;
        L->v = sr_xrealloc(L->v, L->cap * sizeof *L->v);
    }
    cline c = {.off = off, .len = len, .indent = indent};
    L->v[L->n++] = c;
}

/* Decode an HTML entity at s ("&amp;", "&#233;", "&#xE9;") into out;
 * returns bytes consumed or 0.  Only the handful scrapers leave behind. */
static size_t decode_entity(const char *s, size_t n, char out[4], size_t *out_len)
{
    size_t k = 1;
    while (k < n && k < 10 && s[k] != ';' &&
           ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
            (s[k] >= '0' && s[k] <= '9') || s[k] == '#'))
        k++;
    if (k >= n || s[k] != ';' || k < 2) return 0;
    const char *name = s + 1;
    size_t nl = k - 1;
    long cp = -1;
    if (name[0] == '#') {
        char *end;
        char tmp[12];
        if (nl > 10) return 0;
        memcpy(tmp, name + 1, nl - 1);
        tmp[nl - 1] = 0;
        if (tmp[0] == 'x' || tmp[0] == 'X') cp = strtol(tmp + 1, &end, 16);
        else cp = strtol(tmp, &end, 10);
        if (*end || end == tmp) return 0;
    } else {
        static const struct { const char *n; long cp; } named[] = {
            {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'},
            {"apos", '\''}, {"nbsp", ' '},
        };
        for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
            if (strlen(named[i].n) == nl && memcmp(named[i].n, name, nl) == 0)
                cp = named[i].cp;
    }
    if (cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
        (cp >= 0x7F && cp < 0xA0))
        return 0;
    utf8proc_ssize_t w = utf8proc_encode_char((utf8proc_int32_t)cp,
                                              (utf8proc_uint8_t *)out);
    if (w <= 0) return 0;
    *out_len = (size_t)w;
    return k + 1;
}

/* Normalise `in` into w and split it into lines.  Each line in w is
 * trimmed and has single spaces; lines are separated by '\n' in w. */
static void normalise(const char *in, size_t n, sr_buf *w, lines *L)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t line_off = 0;
    bool content = false, pending_space = false, indent = false;
    sr_buf_add(w, "", 0);
    size_t i = 0;
    while (i <= n) {
        /* 0: ordinary, 1: space, 2: line break, 3: drop */
        int cls = 0;
        size_t adv = 1;
        char emit[4];
        size_t emit_len = 0;
        if (i == n) {
            cls = 2;
        } else {
            unsigned c = u[i];
            if (c == '\n') cls = 2;
            else if (c == '\r') { cls = 2; if (i + 1 < n && u[i + 1] == '\n') adv = 2; }
            else if (c < 0x20 || c == 0x7F) cls = 1;
            else if (c == ' ') cls = 1;
            else if (c < 0x80) {
                if (c == '&') {
                    size_t k = decode_entity(in + i, n - i, emit, &emit_len);
                    if (k) { adv = k; cls = (emit[0] == ' ' && emit_len == 1) ? 1 : 0; }
                    else { emit[0] = '&'; emit_len = 1; }
                } else {
                    emit[0] = (char)c;
                    emit_len = 1;
                }
            } else {
                int k = sr_utf8_seq_len(u + i, n - i);
                if (k == 0) {
                    memcpy(emit, "\xEF\xBF\xBD", 3);
                    emit_len = 3;
                } else {
                    adv = (size_t)k;
                    utf8proc_int32_t cp;
                    utf8proc_iterate(u + i, k, &cp);
                    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
                        cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
                        (cp >= 0x80 && cp <= 0x9F))   /* C1 controls */
                        cls = 1;
                    else if (cp == 0x2028 || cp == 0x2029) cls = 2;
                    else if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD ||
                             cp == 0x200C || cp == 0x200D || cp == 0x2060)
                        cls = 3;
                    else { memcpy(emit, in + i, (size_t)k); emit_len = (size_t)k; }
                }
            }
        }
        if (cls == 2) {
            push_line(L, line_off, w->len - line_off, indent);
            if (i < n) sr_buf_addc(w, '\n');
            line_off = w->len;
            content = pending_space = indent = false;
            if (i == n) break;
        } else if (cls == 1) {
            if (content) pending_space = true;
            else indent = true;
        } else if (cls == 0) {
            if (pending_space) sr_buf_addc(w, ' ');
            pending_space = false;
            content = true;
            sr_buf_add(w, emit, emit_len);
        }
        i += adv;
    }
    for (size_t k = 0; k < L->n; k++) L->v[k].s = w->data + L->v[k].off;
}

/* ---------------------------------------------------------- predicates */

static bool is_blank(const cline *l) { return l->len == 0; }
static bool live(const cline *l) { return !l->drop && l->len > 0; }

static bool line_eq(const cline *a, const cline *b)
{
    return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* First occurrence of needle in s[0..n), or NULL (memmem is GNU-only). */
static const char *find_in(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m == 0 || m > n) return NULL;
    const char *end = s + n - m + 1;
    for (const char *p = s; p < end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p));
        if (!p) return NULL;
        if (memcmp(p, needle, m) == 0) return p;
    }
    return NULL;
}

static char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

static bool eq_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return false;
    for (size_t i = 0; i < an; i++)
        if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
    return true;
}

static bool prefix_ci(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n >= m && eq_ci(s, m, p, m);
}

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Category of the code point at s (UTF-8), and its length. */
static utf8proc_category_t cat_at(const char *s, size_t n, size_t *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)n, &cp);
    if (k <= 0) { *len = 1; return UTF8PROC_CATEGORY_CN; }
    *len = (size_t)k;
    return utf8proc_category(cp);
}

static bool upper_at(const char *s, size_t n)
{
    size_t k;
    utf8proc_category_t c = cat_at(s, n, &k);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static bool lower_at(const char *s, size_t n)
{
    size_t k;
    return n && cat_at(s, n, &k) == UTF8PROC_CATEGORY_LL;
}

static bool letter_at(const char *s, size_t n, size_t *k)
{
    utf8proc_category_t c = cat_at(s, n, k);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Length of a closing quote or bracket at the end of s[0..n), or 0. */
static size_t closer_at_end(const char *s, size_t n)
{
    if (!n) return 0;
    char c = s[n - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 ||   /* ” */
                   memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0))    /* ’ */
        return 3;
    return 0;
}

/* The line ends like a sentence: . ! ? or … before any closing quotes. */
static bool ends_sentence(const char *s, size_t n)
{
    size_t k;
    while ((k = closer_at_end(s, n)) > 0) n -= k;
    if (!n) return false;
    char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?') return true;
    return n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0;
}

static bool is_url_line(const cline *l)
{
    if (!(prefix_ci(l->s, l->len, "http://") || prefix_ci(l->s, l->len, "https://")))
        return false;
    return l->len < 4096 && memchr(l->s, ' ', l->len) == NULL;
}

static size_t count_words(const char *s, size_t n)
{
    size_t w = n ? 1 : 0;
    for (size_t i = 0; i < n; i++) w += (s[i] == ' ');
    return w;
}

/* True when the word s[0..n) (case-insensitive) is in the NULL-ended list. */
static bool word_in(const char *s, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (eq_ci(s, n, *list, strlen(*list))) return true;
    return false;
}

/* Last space-separated word of a line. */
static void last_word(const cline *l, const char **w, size_t *wn)
{
    size_t i = l->len;
    while (i > 0 && l->s[i - 1] != ' ') i--;
    *w = l->s + i;
    *wn = l->len - i;
}

/* ---------------------------------------------------------------- dates */

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};

/* Month name or abbreviation at s ("Sept.", "Aug", "March"); 1..12 or 0. */
static int month_at(const char *s, size_t n, size_t *used)
{
    size_t w = 0;
    while (w < n && is_alpha(s[w])) w++;
    if (w < 3) return 0;
    int m = 0;
    for (int i = 0; i < 12 && !m; i++) {
        size_t full = strlen(month_names[i]);
        if (eq_ci(s, w, month_names[i], full)) m = i + 1;
        else if (w == 3 && eq_ci(s, 3, month_names[i], 3)) m = i + 1;
        else if (w == 4 && i == 8 && eq_ci(s, 4, "sept", 4)) m = 9;
    }
    if (!m) return 0;
    if (w < n && s[w] == '.') w++;
    *used = w;
    return m;
}

static int weekday_at(const char *s, size_t n, size_t *used)
{
    static const char *const names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "sat", "sun", NULL};
    size_t w = 0;
    while (w < n && is_alpha(s[w])) w++;
    if (!w || !word_in(s, w, names)) return 0;
    if (w < n && s[w] == '.') w++;
    *used = w;
    return 1;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ') i++;
    return i;
}

/* Explicit date at s, [Weekday[,]] then "12 August 2019", "Aug. 12, 2019",
 * "August 12th 2019", "May 9" or "2019-08-12", read by timex.c's calendar
 * parser.  Only a day counts here, and a year (when given) in 1900..2099,
 * since what it yields is a publication date.  Returns the bytes consumed
 * (0: none); y is 0 when the date has no year. */
static size_t parse_explicit_date(const char *s, size_t n, int *y, int *m, int *d)
{
    sr_ymd r;
    sr_timex_prec prec;
    size_t k = sr_date_parse_calendar(s, n, &r, &prec);
    if (!k || prec != SR_TIMEX_DAY || (r.y && (r.y < 1900 || r.y > 2099))) return 0;
    *y = r.y; *m = r.m; *d = r.d;
    return k;
}

/* The rest of a date line is only a time and a zone: "7:4AM", "| 04:19 PM",
 * "18:16 GMT", "at 10:00 a.m. ET". */
static bool rest_is_time(const char *s, size_t n)
{
    static const char *const ok[] = {
        "am", "pm", "a", "m", "p", "gmt", "utc", "et", "est", "edt", "cst",
        "cdt", "mst", "mdt", "pst", "pdt", "ist", "cet", "cest", "bst", "wat",
        "eat", "cat", "msk", "ast", "pkt", "hrs", "at", "local", "time", "z",
        NULL};
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (is_alpha(c)) {
            size_t w = i;
            while (w < n && is_alpha(s[w])) w++;
            if (!word_in(s + i, w - i, ok)) return false;
            i = w;
        } else if (is_digit(c) || strchr(" ,|-:/.+()", c)) {
            i++;
        } else if ((unsigned char)c == 0xE2 && i + 2 < n) {
            i += 3;    /* en/em dash, bullets */
        } else {
            return false;
        }
    }
    return true;
}

static const char *const date_prefixes[] = {
    "last updated", "first published", "published on", "posted on",
    "updated on", "published", "posted", "updated", "date", NULL};

/* Skip a "Posted:"/"Published on" style prefix; returns new index. */
static size_t skip_date_prefix(const char *s, size_t n)
{
    for (const char *const *p = date_prefixes; *p; p++) {
        size_t m = strlen(*p);
        if (prefix_ci(s, n, *p) && (m == n || !is_alpha(s[m]))) {
            size_t i = m;
            if (i < n && s[i] == ':') i++;
            return skip_spaces(s, n, i);
        }
    }
    return 0;
}

/* A line that holds only a date (and perhaps a time):
 * "12 August 2019", "Posted: Dec 09, 2011 1:34 PM". */
static bool date_only_line(const cline *l, int *y, int *m, int *d)
{
    if (l->len > 80) return false;
    size_t i = skip_date_prefix(l->s, l->len);
    size_t k = parse_explicit_date(l->s + i, l->len - i, y, m, d);
    if (!k) return false;
    return rest_is_time(l->s + i + k, l->len - i - k);
}

/* "Updated 6:27pm" and the like: a stamp with a time but no date. */
static bool time_stamp_line(const cline *l)
{
    if (l->len > 40) return false;
    size_t i = skip_date_prefix(l->s, l->len);
    if (!i || i >= l->len || !is_digit(l->s[i])) return false;
    return rest_is_time(l->s + i, l->len - i);
}

/* "Published January 30, 2023 | 04:19 PM" inside a short byline line. */
static bool keyword_date(const cline *l, int *y, int *m, int *d)
{
    static const char *const keys[] = {"Published", "published", "Posted",
                                       "posted", "Updated", "updated", NULL};
    if (l->len > 200) return false;
    for (const char *const *k = keys; *k; k++) {
        const char *p = find_in(l->s, l->len, *k);
        if (!p) continue;
        size_t i = (size_t)(p - l->s) + strlen(*k);
        if (i < l->len && l->s[i] == ':') i++;
        i = skip_spaces(l->s, l->len, i);
        if (prefix_ci(l->s + i, l->len - i, "on ")) i += 3;
        if (parse_explicit_date(l->s + i, l->len - i, y, m, d) && *y) return true;
    }
    return false;
}

/* ------------------------------------------------------------ datelines */

/* Words that start sentences or label pages; never a dateline place. */
static const char *const not_place[] = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "this",
    "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "there", "here", "when", "while",
    "as", "if", "after", "before", "since", "meanwhile", "earlier", "later",
    "also", "however", "update", "updated", "note", "notes", "source",
    "sources", "photo", "photos", "picture", "pictures", "video", "watch",
    "read", "breaking", "editor", "editors", "exclusive", "analysis",
    "opinion", "editorial", "live", "advertisement", "related", "share",
    "by", "from", "with", "police", "officials", "witnesses", "residents",
    "according", "today", "yesterday", "news", "coronavirus", "covid",
    "covid-19", "sponsored", "explainer", "feature", "interview", "comment",
    "review", "podcast", "gallery", "trending", "latest", "snap", "warning",
    "caption", "credit", "credits", "file", "image", "images", "copyright",
    "what", "why", "how", "who", "where", "not", "no", "yes", "more", "less",
    "details", "background", "context", "summary", "highlights", "key",
    "big", "bottom", "quote", "quotes", "timeline", "correction", "disclaimer",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", NULL};

/* Lower-case words allowed inside a place name ("Dar es Salaam"). */
static const char *const particles[] = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la",
    "le", "el", "al", "es", "of", "upon", "am", "im", "sur", "en", "y",
    "bin", "ibn", "van", "von", "der", "den", "ul", NULL};

typedef struct place_scan {
    size_t end;         /* end of the last accepted word */
    int words;
    bool all_caps;      /* every letter upper case, at least 2 letters */
    bool stop;          /* a word is on the not_place list */
} place_scan;

/* End of a word at s[i] (letters, digits excluded, . ' ’ - inside). */
static size_t word_end(const char *s, size_t n, size_t i, int *letters,
                       int *uppers)
{
    size_t j = i;
    *letters = *uppers = 0;
    while (j < n) {
        size_t k;
        char c = s[j];
        if (c == '.' || c == '\'' || c == '-') { j++; continue; }
        if ((unsigned char)c == 0xE2 && j + 2 < n &&
            memcmp(s + j, "\xE2\x80\x99", 3) == 0) { j += 3; continue; }
        if (letter_at(s + j, n - j, &k)) {
            (*letters)++;
            if (upper_at(s + j, n - j)) (*uppers)++;
            j += k;
            continue;
        }
        break;
    }
    /* A trailing hyphen belongs to a separator, not to the word. */
    while (j > i && s[j - 1] == '-') j--;
    return j;
}

/* Capitalised place words from s[i]: "ANBAR", "Eden Prairie", "Dar es
 * Salaam", "Ras al-Khaimah". */
static place_scan scan_place(const char *s, size_t n, size_t i, int max_words)
{
    place_scan p = {.end = i, .all_caps = true};
    int caps_letters = 0;
    while (i < n && p.words < max_words) {
        int letters, uppers;
        size_t j = word_end(s, n, i, &letters, &uppers);
        if (j == i || letters == 0) break;
        bool cap = upper_at(s + i, n - i);
        if (!cap) {
            bool part = word_in(s + i, j - i, particles);
            const char *dash = memchr(s + i, '-', j - i);
            bool prefixed = dash && dash + 1 < s + j &&
                            upper_at(dash + 1, (size_t)(s + j - dash - 1));
            if ((!part && !prefixed) || p.words == 0) break;
        }
        /* The word must end at a delimiter, not run into digits etc. */
        if (j < n && s[j] != ' ' && s[j] != ',' && s[j] != ':' && s[j] != '(' &&
            s[j] != '[' && s[j] != ']' && s[j] != ')' && (unsigned char)s[j] != 0xE2)
            break;
        if (word_in(s + i, j - i, not_place)) p.stop = true;
        if (cap) {
            if (uppers != letters) p.all_caps = false;
            caps_letters += letters;
        }
        p.words++;
        p.end = j;
        if (j + 1 < n && s[j] == ' ') i = j + 1;
        else break;
    }
    if (caps_letters < 2) p.all_caps = false;
    if (p.words == 0) p.all_caps = false;
    return p;
}

typedef struct dateline_hit {
    size_t strip;       /* bytes to cut from the line's start */
    bool whole_line;    /* the line is only the dateline */
    char place[96];
    int y, m, d;        /* date in the dateline, y == 0 without year */
} dateline_hit;

/* ", July 5" / ", Sept. 2, 2010" at s[i]; returns the new index or i.
 * Datelines put the month first, so a day-first date is not taken. */
static size_t month_day_at(const char *s, size_t n, size_t i, int *y, int *m, int *d)
{
    if (i + 2 >= n || s[i] != ',' ) return i;
    size_t j = skip_spaces(s, n, i + 1);
    if (j >= n || !is_alpha(s[j])) return i;
    size_t k = parse_explicit_date(s + j, n - j, y, m, d);
    return k ? j + k : i;
}

static void append_place(char *out, size_t cap, const char *s, size_t n)
{
    size_t have = strlen(out);
    if (have + n + 1 > cap) n = cap - have - 1;
    /* Do not cut a UTF-8 sequence in half. */
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    memcpy(out + have, s, n);
    out[have + n] = 0;
}

/* Dateline at the start of a line:
 *   BAGHDAD, July 5 (Reuters) -      WASHINGTON, Sept 2 (Reuters) -
 *   MOGADISHU (Reuters) -            ANBAR, Iraq: / KOHAT:
 *   Maputo —                         Dhaka, October 29   (alone on a line)
 *   Islamabad [Pakistan], September 29 :                 MOGADISHU (alone)
 * Strong forms (a date, an agency, an all-caps place) are accepted further
 * down; weak ones (a capitalised place and a dash or colon) only when
 * allow_weak.  A colon form must be followed by a whole sentence, so that
 * "Jenin: Four killed in raid" headlines are not mistaken for datelines. */
static bool parse_dateline(const cline *l, bool allow_weak, dateline_hit *h)
{
    const char *s = l->s;
    size_t n = l->len;
    memset(h, 0, sizeof *h);
    if (n < 2 || !upper_at(s, n)) return false;
    size_t k;
    if (month_at(s, n, &k) || weekday_at(s, n, &k)) return false;
    place_scan p1 = scan_place(s, n, 0, 5);
    if (!p1.words || p1.end > 60) return false;
    size_t i = p1.end;
    bool have_md = false, have_agency = false;
    size_t p2s = 0, p2e = 0;
    int y = 0, m = 0, d = 0;

    if (i < n && s[i] == ',') {
        size_t j = month_day_at(s, n, i, &y, &m, &d);
        if (j != i) { have_md = true; i = j; }
        else {
            size_t st = skip_spaces(s, n, i + 1);
            place_scan p2 = scan_place(s, n, st, 4);
            if (!p2.words || p2.stop) return false;
            p2s = st; p2e = p2.end;
            i = p2.end;
            j = month_day_at(s, n, i, &y, &m, &d);
            if (j != i) { have_md = true; i = j; }
        }
    } else if (i + 1 < n && s[i] == ' ' && s[i + 1] == '[') {
        size_t st = i + 2;
        place_scan p2 = scan_place(s, n, st, 4);
        if (!p2.words || p2.end >= n || s[p2.end] != ']') return false;
        p2s = st; p2e = p2.end;
        i = p2.end + 1;
        size_t j = month_day_at(s, n, i, &y, &m, &d);
        if (j != i) { have_md = true; i = j; }
    }
    if (i + 1 < n && s[i] == ' ' && s[i + 1] == '(') {
        size_t j = i + 2, start = j;
        while (j < n && j - start < 32 &&
               (is_alpha(s[j]) || s[j] == ' ' || s[j] == '-' || s[j] == '/' ||
                s[j] == '.' || s[j] == '&'))
            j++;
        if (j < n && s[j] == ')' && j > start && upper_at(s + start, n - start)) {
            have_agency = true;
            i = j + 1;
        }
    }

    /* Separator. */
    size_t j = skip_spaces(s, n, i);
    bool spaced = j > i;
    int sep = 0;    /* 1 dash, 2 colon, 3 end of line */
    if (j == n) sep = 3;
    else if (s[j] == ':') { sep = 2; j++; }
    else if (s[j] == '-' && spaced) { sep = 1; j++; if (j < n && s[j] == '-') j++; }
    else if (n - j >= 3 && (memcmp(s + j, "\xE2\x80\x94", 3) == 0 ||     /* — */
                            memcmp(s + j, "\xE2\x80\x93", 3) == 0 ||     /* – */
                            memcmp(s + j, "\xE2\x80\x95", 3) == 0)) {   /* ― */
        sep = 1; j += 3;
    }
    if (!sep) return false;
    /* "THE HAGUE, March 2 -" is fine; "The police:" is not. */
    if (p1.stop && !have_md && !have_agency) return false;
    bool strong = have_md || have_agency || p1.all_caps;
    if (sep == 3) {
        /* Alone on its line: "Dhaka, October 29", "MOGADISHU".  A source
         * line such as "Agency Name (Maputo)" is not a dateline. */
        if (!(have_md || (p1.all_caps && p1.words <= 3 && !p2e)))
            return false;
        h->whole_line = true;
        h->strip = n;
    } else {
        j = skip_spaces(s, n, j);
        if (j >= n) return false;
        /* The rest must start a sentence. */
        bool quote = s[j] == '"' || s[j] == '\'' ||
                     (n - j >= 3 && (memcmp(s + j, "\xE2\x80\x9C", 3) == 0 ||
                                     memcmp(s + j, "\xE2\x80\x98", 3) == 0));
        /* Newswires open with a ticker "<Siemens AG>" or a parenthesis. */
        bool wire = strong && (s[j] == '<' || s[j] == '(');
        if (!(upper_at(s + j, n - j) || is_digit(s[j]) || quote || wire)) return false;
        if (!strong) {
            if (!allow_weak || p1.words > 3) return false;
        }
        /* "U.S. SHAREHOLDER MEETINGS - MARCH 3" is a table heading: the
         * rest of a dateline is prose with lower-case letters. */
        bool lower = false;
        for (size_t q = j; q < n && !lower; q++) lower = s[q] >= 'a' && s[q] <= 'z';
        if (!lower && !have_md) return false;
        if (sep == 2 && !have_md && !have_agency && !ends_sentence(s, n))
            return false;
        if (sep == 2 && !strong && n < 60) return false;
        h->strip = j;
    }
    append_place(h->place, sizeof h->place, s, p1.end);
    if (p2e) {
        append_place(h->place, sizeof h->place, ", ", 2);
        append_place(h->place, sizeof h->place, s + p2s, p2e - p2s);
    }
    h->y = y; h->m = m; h->d = d;
    return true;
}

/* ------------------------------------------------------ junk and credits */

/* A line that only credits a news agency: "AFP/Al Jazeera", "Reuter",
 * "AP News", "- Sapa-dpa", "Enditem". */
static bool agency_credit(const cline *l)
{
    static const char *const agencies[] = {
        "reuters", "reuter", "ap", "ap news", "the associated press",
        "associated press", "afp", "al jazeera", "aljazeera", "dpa",
        "sapa-dpa", "sapa", "xinhua", "enditem", "anadolu", "anadolu agency",
        "aa", "ians", "pti", "ani", "upi", "efe", "ansa", "kyodo", "yonhap",
        "tass", "bernama", "agencies", "news agencies", "wires", "trt world",
        "bbc", "cnn", "irna", "wam", "spa", "mena", "apa", "interfax", NULL};
    if (l->len == 0 || l->len > 48) return false;
    const char *s = l->s;
    size_t n = l->len;
    /* Strip leading dashes and surrounding parentheses. */
    while (n && (*s == '-' || *s == ' ' || *s == '(')) { s++; n--; }
    if (n >= 3 && ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80)) {
        s += 3; n -= 3;
        while (n && *s == ' ') { s++; n--; }
    }
    while (n && (s[n - 1] == ')' || s[n - 1] == ' ')) n--;
    if (!n) return false;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '/' && s[j] != ',') j++;
        size_t a = i, b = j;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        if (b == a || !word_in(s + a, b - a, agencies)) return false;
        i = j + 1;
    }
    return true;
}

/* Standalone page furniture, compared case-insensitively. */
static bool junk_line(const cline *l)
{
    static const char *const junk[] = {
        "advertisement", "article content", "story continues below",
        "story continues below advertisement", "in pictures", "read more",
        "share this article", "share", "image source", "\xC3\x97", /* × */
        "continue reading", "related articles", "related", NULL};
    if (l->len < 24 && l->len > 8 && eq_ci(l->s + l->len - 8, 8, "min read", 8))
        return true;    /* "·1 min read", "5 min read" */
    return l->len < 40 && word_in(l->s, l->len, junk);
}

/* "By Matt Spetalnick", "By Jane Doe and John Roe": a byline. */
static bool byline(const cline *l)
{
    if (l->len < 5 || l->len > 60 || !prefix_ci(l->s, l->len, "by ")) return false;
    if (ends_sentence(l->s, l->len)) return false;
    size_t words = count_words(l->s, l->len);
    if (words < 2 || words > 7) return false;
    size_t i = 3;
    while (i < l->len) {
        size_t j = i;
        while (j < l->len && l->s[j] != ' ') j++;
        bool ok = upper_at(l->s + i, l->len - i) ||
                  eq_ci(l->s + i, j - i, "and", 3) ||
                  (j - i == 1 && l->s[i] == '|');
        if (!ok) return false;
        i = j + 1;
    }
    return true;
}

/* Closing credits and notices: "SOURCE: ...", "© Copyright ...",
 * "(Reporting by ...)", "This entry was posted in ...". */
static bool closing_boilerplate(const cline *l)
{
    const char *s = l->s;
    size_t n = l->len;
    if (n <= 120 && (prefix_ci(s, n, "source:") || prefix_ci(s, n, "sources:")))
        return true;
    if (n <= 200 && (prefix_ci(s, n, "\xC2\xA9") || prefix_ci(s, n, "copyright ") ||
                     prefix_ci(s, n, "(c) ")))
        return true;
    if (n <= 300 && s[n - 1] == ')' &&
        (prefix_ci(s, n, "(reporting by") || prefix_ci(s, n, "(writing by") ||
         prefix_ci(s, n, "(editing by") || prefix_ci(s, n, "(additional reporting") ||
         prefix_ci(s, n, "(compiled by")))
        return true;
    if (prefix_ci(s, n, "this entry was posted in")) return true;
    return agency_credit(l) || time_stamp_line(l);
}

/* Photo captions flagged by the page itself: "... (file photo)", a final
 * "(AP Photo/Name)" or "[Name/AP Photo]" credit, or "... / Photo: Agency";
 * and embedded social-media posts, which quote rather than report. */
static bool caption_line(const cline *l)
{
    static const char *const tails[] = {"(file photo)", "(file photo.)", NULL};
    const char *s = l->s;
    size_t n = l->len;
    for (const char *const *t = tails; *t; t++) {
        size_t m = strlen(*t);
        if (n >= m && eq_ci(s + n - m, m, *t, m)) return true;
    }
    /* embedded social-media posts: "... https://t.co/xyz — Name (@handle) Date" */
    if (find_in(s, n, "https://t.co/") || find_in(s, n, "pic.twitter.com/")) return true;
    if (n < 8) return false;
    char close = s[n - 1];
    if (close == ')' || close == ']') {
        char open = close == ')' ? '(' : '[';
        size_t i = n - 1;
        while (i > 0 && n - i < 100 && s[i - 1] != open && s[i - 1] != close) i--;
        if (i > 0 && s[i - 1] == open) {
            const char *g = s + i;
            size_t gn = n - 1 - i;
            if (find_in(g, gn, "Photo") || find_in(g, gn, "Getty Images")) return true;
        }
    }
    size_t tail = n > 60 ? n - 60 : 0;
    return find_in(s + tail, n - tail, " / Photo: ") != NULL;
}

/* "(CNN) — The ..." : an agency credit opening a paragraph; returns the
 * bytes to strip, or 0. */
static size_t agency_prefix(const cline *l)
{
    const char *s = l->s;
    size_t n = l->len;
    if (n < 8 || s[0] != '(') return 0;
    const char *close = memchr(s, ')', n < 34 ? n : 34);
    if (!close) return 0;
    cline inner = {.s = s + 1, .len = (size_t)(close - s - 1)};
    if (!agency_credit(&inner)) return 0;
    size_t i = skip_spaces(s, n, (size_t)(close - s) + 1);
    if (i < n && s[i] == '-') i++;
    else if (n - i >= 3 && (memcmp(s + i, "\xE2\x80\x94", 3) == 0 ||
                            memcmp(s + i, "\xE2\x80\x93", 3) == 0)) i += 3;
    else return 0;
    i = skip_spaces(s, n, i);
    return (i < n && upper_at(s + i, n - i)) ? i : 0;
}

/* "... pushed out. – Sapa-dpa": an agency credit closing the last
 * paragraph; returns the length to keep, or the line's length. */
static size_t agency_suffix(const cline *l)
{
    const char *s = l->s;
    size_t n = l->len;
    size_t from = n > 40 ? n - 40 : 0;
    for (size_t i = n; i-- > from;) {
        if (s[i] != ' ' || i < 2) continue;
        size_t dash = 0;
        if (s[i - 1] == '-') dash = 1;
        else if (i >= 3 && (memcmp(s + i - 3, "\xE2\x80\x94", 3) == 0 ||
                            memcmp(s + i - 3, "\xE2\x80\x93", 3) == 0)) dash = 3;
        if (!dash || i < dash + 1 || s[i - dash - 1] != ' ') continue;
        size_t keep = i - dash - 1;
        if (!ends_sentence(s, keep)) continue;
        cline tail = {.s = s + i + 1, .len = n - i - 1};
        if (agency_credit(&tail) || (tail.len <= 24 && find_in(tail.s, tail.len, ".com")))
            return keep;
    }
    return n;
}

/* ------------------------------------------------------------- title */

static const char *const function_words[] = {
    "the", "a", "an", "of", "in", "to", "and", "or", "for", "with", "on",
    "at", "by", "from", "as", "that", "which", "is", "was", "were", "are",
    "be", "but", "its", "their", "his", "her", NULL};

/* A first line that reads as a headline rather than as prose.  It must be
 * set off from what follows: a blank line, a repeat of itself, a longer
 * paragraph, or a dateline on its own line. */
static bool headline_like(const cline *h, const cline *next, bool blank_between)
{
    if (h->len < 12 || h->len > 250 || !next || caption_line(h)) return false;
    if (count_words(h->s, h->len) < 3) return false;
    if (ends_sentence(h->s, h->len) || memchr(h->s, '|', h->len)) return false;
    char last = h->s[h->len - 1];
    if (last == ',' || last == ';' || last == ':' || last == '-') return false;
    if (h->len >= 3 && (unsigned char)h->s[h->len - 3] == 0xE2 &&
        (unsigned char)h->s[h->len - 2] == 0x80 &&
        ((unsigned char)h->s[h->len - 1] == 0x93 || (unsigned char)h->s[h->len - 1] == 0x94))
        return false;
    bool quote = h->s[0] == '"' || (h->len >= 3 && memcmp(h->s, "\xE2\x80\x9C", 3) == 0);
    if (!(upper_at(h->s, h->len) || is_digit(h->s[0]) || quote)) return false;
    const char *w;
    size_t wn;
    last_word(h, &w, &wn);
    if (word_in(w, wn, function_words)) return false;
    if (lower_at(next->s, next->len)) return false;
    dateline_hit dl;
    return blank_between || line_eq(h, next) || next->len > h->len ||
           ends_sentence(next->s, next->len) ||
           (parse_dateline(next, false, &dl) && dl.whole_line);
}

/* Table rows end in figures ("... 285-289"); prose ends in words. */
static bool ends_with_digit_run(const cline *l)
{
    return l->len && is_digit(l->s[l->len - 1]) && !ends_sentence(l->s, l->len);
}

/* Index of the next live line after i, or n. */
static size_t next_live(const lines *L, size_t i, bool *blank_between)
{
    bool blank = false;
    if (blank_between) *blank_between = false;
    for (size_t k = i + 1; k < L->n; k++) {
        if (L->v[k].drop) continue;
        if (is_blank(&L->v[k])) { blank = true; continue; }
        if (blank_between) *blank_between = blank;
        return k;
    }
    return L->n;
}

/* The next live line after i reads as prose (not a table row or another
 * heading): a standalone all-caps "MOGADISHU" is only a dateline then. */
static bool prose_follows(const lines *L, size_t i)
{
    size_t k = next_live(L, i, NULL);
    if (k >= L->n) return false;
    const cline *l = &L->v[k];
    return l->len >= 40 && count_words(l->s, l->len) >= 7 &&
           (upper_at(l->s, l->len) || is_digit(l->s[0]) || l->s[0] == '"' ||
            l->s[0] == '<') &&
           !ends_with_digit_run(l);
}

static char *line_dup(const cline *l) { return sr_xstrndup(l->s, l->len); }

/* ------------------------------------------------------ trailing block */

/* Could be a title: 12-250 bytes, 3 words or more, not ending like a
 * sentence or a lead-in ("Read the report:"). */
static bool title_shape(const cline *l)
{
    if (l->len < 12 || l->len > 250 || count_words(l->s, l->len) < 3) return false;
    char last = l->s[l->len - 1];
    return !ends_sentence(l->s, l->len) && last != ':' && last != ',' &&
           last != ';' && last != '-';
}

/* The scraper's trailing block: TITLE / URL / TITLE / "- highlight"... /
 * the lead paragraph again.  Found by a bare URL line near the end. */
static void trailing_block(lines *L, sr_doc *d, char **title_out)
{
    size_t window[12], nw = 0;
    for (size_t k = L->n; k-- > 0 && nw < 12;)
        if (live(&L->v[k])) window[nw++] = k;
    size_t u = L->n;
    for (size_t k = 0; k < nw; k++)   /* window is newest first */
        if (is_url_line(&L->v[window[k]])) u = window[k];
    if (u == L->n) return;

    cline *url = &L->v[u];
    url->drop = true;

    size_t prev = L->n;
    for (size_t k = u; k-- > 0;)
        if (live(&L->v[k])) { prev = k; break; }
    size_t next = next_live(L, u, NULL);
    size_t after = u;               /* last line of the block so far */
    size_t body_end = u;            /* lines before this are the body */
    if (prev < L->n && next < L->n && line_eq(&L->v[prev], &L->v[next])) {
        *title_out = line_dup(&L->v[prev]);
        L->v[prev].drop = L->v[next].drop = true;
        after = next;
        body_end = prev;
    } else if (prev < L->n && title_shape(&L->v[prev])) {
        *title_out = line_dup(&L->v[prev]);
        L->v[prev].drop = true;
        body_end = prev;
    }
    /* Highlights. */
    size_t k = next_live(L, after, NULL);
    while (k < L->n) {
        cline *l = &L->v[k];
        bool dash = l->len > 2 && l->s[0] == '-' && l->s[1] == ' ';
        bool bullet = l->len > 4 && memcmp(l->s, "\xE2\x80\xA2 ", 4) == 0;
        if (!dash && !bullet) break;
        size_t skip = dash ? 2 : 4;
        d->highlights = sr_xrealloc(d->highlights,
                                    (size_t)(d->n_highlights + 1) * sizeof *d->highlights);
        d->highlights[d->n_highlights++] = sr_xstrndup(l->s + skip, l->len - skip);
        l->drop = true;
        k = next_live(L, k, NULL);
    }
    /* Only a real block (a title or highlights around it) says the URL is
     * the article's own; a bare link in the text is just dropped. */
    if (!d->url && (*title_out || d->n_highlights)) d->url = line_dup(url);
    /* Anything left that repeats a body paragraph is the lead again. */
    for (; k < L->n; k = next_live(L, k, NULL)) {
        cline *l = &L->v[k];
        for (size_t b = 0; b < body_end; b++)
            if (!L->v[b].drop && line_eq(&L->v[b], l)) { l->drop = true; break; }
    }
}

/* ------------------------------------------------------------- dedupe */

static uint64_t hash_line(const cline *l)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < l->len; i++) {
        h ^= (unsigned char)l->s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Drop exact repeats of lines of 16 bytes or more; the first one stays. */
static void drop_repeats(lines *L)
{
    size_t cap = 16;
    while (cap < L->n * 2) cap *= 2;
    size_t *slot = sr_xmalloc(cap * sizeof *slot);
    for (size_t i = 0; i < cap; i++) slot[i] = SIZE_MAX;
    for (size_t i = 0; i < L->n; i++) {
        cline *l = &L->v[i];
        if (!live(l) || l->len < 16) continue;
        size_t h = (size_t)hash_line(l) & (cap - 1);
        for (;;) {
            if (slot[h] == SIZE_MAX) { slot[h] = i; break; }
            if (line_eq(&L->v[slot[h]], l)) { l->drop = true; break; }
            h = (h + 1) & (cap - 1);
        }
    }
    free(slot);
}

/* ------------------------------------------------------------- unwrap */

/* Newswire text hard-wrapped at ~70 columns (Reuters-21578) breaks every
 * sentence over several lines; since later stages treat a newline as a
 * sentence break, wrapped lines are joined back.  A paragraph there starts
 * with an indented line.  Outside such text only the obvious case is
 * joined: a long line ending mid-sentence followed by a lower-case line. */
static void unwrap(lines *L)
{
    size_t pairs = 0, wrapish = 0;
    size_t prev = L->n;
    bool blank = false;
    for (size_t i = 0; i < L->n; i++) {
        cline *l = &L->v[i];
        if (l->drop) continue;
        if (is_blank(l)) { blank = true; continue; }
        if (prev < L->n && !blank) {
            cline *p = &L->v[prev];
            pairs++;
            if (p->len >= 35 && p->len <= 90 && !ends_sentence(p->s, p->len)) wrapish++;
        }
        prev = i;
        blank = false;
    }
    bool wrapped = pairs >= 3 && wrapish * 2 >= pairs;
    prev = L->n;
    blank = false;
    for (size_t i = 0; i < L->n; i++) {
        cline *l = &L->v[i];
        if (l->drop) continue;
        if (is_blank(l)) { blank = true; continue; }
        if (prev < L->n && !blank && !l->indent) {
            cline *p = &L->v[prev];
            bool sentence_end = ends_sentence(p->s, p->len);
            if (wrapped)
                l->join = !(sentence_end && p->len < 50);
            else
                l->join = p->len >= 30 && !sentence_end &&
                          (is_alpha(p->s[p->len - 1]) || is_digit(p->s[p->len - 1]) ||
                           p->s[p->len - 1] == ',') &&
                          l->s[0] >= 'a' && l->s[0] <= 'z';
        }
        prev = i;
        blank = false;
    }
}

/* ------------------------------------------------------------ assemble */

static void assemble(const lines *L, bool keep_dropped, sr_buf *out)
{
    bool any = false, gap = false;
    for (size_t i = 0; i < L->n; i++) {
        const cline *l = &L->v[i];
        if (l->drop && !keep_dropped) continue;
        if (is_blank(l)) { if (any) gap = true; continue; }
        if (any) {
            if (gap) sr_buf_add(out, "\n\n", 2);
            else if (l->join && !keep_dropped) sr_buf_addc(out, ' ');
            else sr_buf_addc(out, '\n');
        }
        sr_buf_add(out, l->s, l->len);
        any = true;
        gap = false;
    }
}

/* ---------------------------------------------------------- sr_clean */

static char *normalised_copy(const char *s)
{
    sr_buf w = {0};
    lines L = {0};
    normalise(s, strlen(s), &w, &L);
    sr_buf out = {0};
    for (size_t i = 0; i < L.n; i++) {
        if (!L.v[i].len) continue;
        if (out.len) sr_buf_addc(&out, ' ');
        sr_buf_add(&out, L.v[i].s, L.v[i].len);
    }
    free(L.v);
    sr_buf_free(&w);
    if (!out.len) { sr_buf_free(&out); return NULL; }
    return sr_buf_steal(&out);
}

/* Strip a leading "date YYYY-MM-DD" (the record date) from the first line. */
static bool record_date(lines *L, sr_ymd *out)
{
    for (size_t i = 0; i < L->n; i++) {
        cline *l = &L->v[i];
        if (is_blank(l)) continue;
        if (l->len < 15 || !prefix_ci(l->s, l->len, "date")) return false;
        size_t j = 4;
        if (j < l->len && l->s[j] == ':') j++;
        size_t k = skip_spaces(l->s, l->len, j);
        if (k == j || l->len - k < 10) return false;
        char ymd[11];
        memcpy(ymd, l->s + k, 10);
        ymd[10] = 0;
        if (k + 10 < l->len && l->s[k + 10] != ' ') return false;
        if (!is_digit(ymd[0]) || !sr_ymd_parse(ymd, out)) return false;
        k = skip_spaces(l->s, l->len, k + 10);
        l->s += k;
        l->len -= k;
        return true;
    }
    return false;
}

void sr_clean(const sitrep_article *a, sr_doc *d)
{
    memset(d, 0, sizeof *d);
    const char *text = (a && a->text) ? a->text : "";
    size_t tlen = (a && a->text) ? (a->text_len ? a->text_len : strlen(a->text)) : 0;

    sr_buf w = {0};
    lines L = {0};
    normalise(text, tlen, &w, &L);

    if (a && a->url && *a->url) d->url = sr_xstrdup(a->url);
    sr_ymd json_date = {0, 0, 0}, rec_date = {0, 0, 0}, text_date = {0, 0, 0};
    if (a && a->date && sr_ymd_parse(a->date, &json_date) == false)
        json_date.y = 0;

    record_date(&L, &rec_date);

    char *block_title = NULL;
    trailing_block(&L, d, &block_title);

    if (a && a->title && *a->title) d->title = normalised_copy(a->title);
    if (!d->title && block_title) { d->title = block_title; block_title = NULL; }
    free(block_title);

    /* Top of the article: date lines, bylines, furniture, the title and
     * the dateline. */
    bool dateline_found = false, title_done = d->title != NULL;
    bool prose_seen = false;   /* a paragraph of prose has gone by */
    int title_tries = 0, kept = 0, seen = 0;
    dateline_hit dl = {0};
    for (size_t i = 0; i < L.n && seen < 12; i++) {
        cline *l = &L.v[i];
        if (!live(l)) continue;
        seen++;
        int y, m, dd;
        if (date_only_line(l, &y, &m, &dd)) {
            if (y && !text_date.y) { text_date.y = y; text_date.m = m; text_date.d = dd; }
            l->drop = true;
            continue;
        }
        if (junk_line(l) || byline(l) || agency_credit(l)) {
            l->drop = true;
            continue;
        }
        if (d->title && kept < 4 && l->len == strlen(d->title) &&
            eq_ci(l->s, l->len, d->title, l->len)) {
            l->drop = true;
            continue;
        }
        size_t ap = agency_prefix(l);
        if (ap) { l->s += ap; l->len -= ap; }
        if (!dateline_found && parse_dateline(l, kept < 4 && !prose_seen, &dl) &&
            (!dl.whole_line || dl.m || (!prose_seen && prose_follows(&L, i)))) {
            dateline_found = true;
            title_done = true;
            memcpy(d->dateline, dl.place, sizeof d->dateline);
            if (dl.whole_line) l->drop = true;
            else { l->s += dl.strip; l->len -= dl.strip; kept++; }
            continue;
        }
        if (!title_done) {
            bool blank = false;
            size_t nx = next_live(&L, i, &blank);
            cline *next = nx < L.n ? &L.v[nx] : NULL;
            if (headline_like(l, next, blank)) {
                d->title = line_dup(l);
                l->drop = true;
                if (next && line_eq(l, next)) next->drop = true;
                title_done = true;
                continue;
            }
            if (++title_tries >= 2 || ends_sentence(l->s, l->len)) title_done = true;
        }
        if (!text_date.y && keyword_date(l, &y, &m, &dd)) {
            text_date.y = y; text_date.m = m; text_date.d = dd;
        }
        if (l->len >= 60 && ends_sentence(l->s, l->len)) prose_seen = true;
        kept++;
    }

    /* Bottom: credits and notices among the last lines. */
    int looked = 0;
    bool last_prose = false;
    for (size_t i = L.n; i-- > 0 && looked < 6;) {
        cline *l = &L.v[i];
        if (!live(l)) continue;
        looked++;
        if (closing_boilerplate(l)) { l->drop = true; continue; }
        if (!last_prose) { l->len = agency_suffix(l); last_prose = true; }
    }
    for (size_t i = 0; i < L.n; i++) {
        cline *l = &L.v[i];
        if (!live(l)) continue;
        if (caption_line(l) ||
            (l->len <= 200 && (prefix_ci(l->s, l->len, "\xC2\xA9") ||
                               prefix_ci(l->s, l->len, "copyright \xC2\xA9"))))
            l->drop = true;
    }
    drop_repeats(&L);
    unwrap(&L);

    sr_buf out = {0};
    assemble(&L, false, &out);
    if (out.len == 0) assemble(&L, true, &out);   /* never lose everything */
    d->len = out.len;
    d->text = sr_buf_steal(&out);

    /* Publication date, best evidence first. */
    sr_ymd from_url = sr_date_from_url(d->url);
    if (json_date.y) { d->pubdate = json_date; d->pubdate_source = "json"; }
    else if (rec_date.y) { d->pubdate = rec_date; d->pubdate_source = "record"; }
    else if (text_date.y) { d->pubdate = text_date; d->pubdate_source = "text"; }
    else if (dateline_found && dl.y) {
        sr_ymd t = {dl.y, dl.m, dl.d};
        d->pubdate = t; d->pubdate_source = "dateline";
    } else if (dateline_found && dl.m && from_url.y) {
        /* The dateline's day with the year the URL gives; a dateline more
         * than two days after the URL date belongs to the year before. */
        sr_ymd t = {from_url.y, dl.m, dl.d};
        if (sr_ymd_valid(t.y, t.m, t.d)) {
            if (sr_ymd_to_days(t) > sr_ymd_to_days(from_url) + 2) t.y--;
            if (sr_ymd_valid(t.y, t.m, t.d)) { d->pubdate = t; d->pubdate_source = "dateline"; }
        }
    }
    if (!d->pubdate.y && from_url.y) { d->pubdate = from_url; d->pubdate_source = "url"; }

    free(L.v);
    sr_buf_free(&w);
}

void sr_clean_plain(const sitrep_article *a, sr_doc *d)
{
    memset(d, 0, sizeof *d);
    const char *text = (a && a->text) ? a->text : "";
    size_t tlen = (a && a->text) ? (a->text_len ? a->text_len : strlen(a->text)) : 0;
    sr_buf w = {0};
    lines L = {0};
    normalise(text, tlen, &w, &L);
    sr_buf out = {0};
    assemble(&L, true, &out);
    d->len = out.len;
    d->text = out.len ? sr_buf_steal(&out) : sr_xstrdup("");
    sr_buf_free(&out);
    if (a && a->url && *a->url) d->url = sr_xstrdup(a->url);
    if (a && a->title && *a->title) d->title = normalised_copy(a->title);
    if (a && a->date && sr_ymd_parse(a->date, &d->pubdate)) d->pubdate_source = "json";
    else d->pubdate.y = 0;
    if (!d->pubdate.y) {
        d->pubdate = sr_date_from_url(d->url);
        if (d->pubdate.y) d->pubdate_source = "url";
    }
    free(L.v);
    sr_buf_free(&w);
}

void sr_doc_free(sr_doc *d)
{
    if (!d) return;
    free(d->text);
    free(d->title);
    free(d->url);
    for (int i = 0; i < d->n_highlights; i++) free(d->highlights[i]);
    free(d->highlights);
    memset(d, 0, sizeof *d);
}
