/* segment.c — split cleaned article text into sentences.
 *
 * A sentence ends at . ! or ? (plus any closing quotes or brackets) when the
 * next word starts a new sentence: an upper-case letter, an opening quote or
 * a digit.  A period does not end a sentence after a known abbreviation
 * ("Col.", "Oct. 7", "U.S. troops"), an initial ("J. Smith") or inside a
 * number.  Line breaks are hard boundaries, except in hard-wrapped text
 * (newswire columns such as Reuters-21578), where a single newline inside a
 * paragraph is only a space: the document is judged wrapped when most of its
 * long lines stop without final punctuation.
 */
#include "internal.h"

#include <ctype.h>
#include <string.h>

/* Abbreviations whose period never ends a sentence by itself (lower case,
 * without the period).  Titles and months are the common traps in news. */
static const char *const ABBREV[] = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "cpt", "sgt",
    "cpl", "pvt", "adm", "brig", "cmdr", "cdr", "sen", "rep", "gov", "pres",
    "st", "jr", "sr", "prof", "rev", "hon", "insp", "supt", "det", "const",
    "fr", "mt", "ft", "no", "nos", "vs", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "bros", "e.g", "i.e", "al",
    NULL};

/* Words that, after an ambiguous abbreviation such as "U.S.", show that a
 * new sentence has begun. */
static const char *const STARTERS[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At",
    "But", "And", "This", "That", "These", "Those", "There", "His", "Her",
    "Their", "Its", "Police", "Officials", "However", "Meanwhile", NULL};

static bool word_in(const char *w, size_t n, const char *const *list, bool fold)
{
    for (int i = 0; list[i]; i++) {
        size_t m = strlen(list[i]);
        if (m != n) continue;
        if (fold ? strncasecmp(w, list[i], n) == 0 : strncmp(w, list[i], n) == 0)
            return true;
    }
    return false;
}

bool sr_is_abbreviation(const char *w, size_t n)
{
    return word_in(w, n, ABBREV, true);
}

static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Closing punctuation that may follow a sentence-final mark: quotes,
 * brackets, and the UTF-8 right quotes ’ ” (E2 80 99 / E2 80 9D). */
static size_t closer_len(const char *t, size_t i, size_t len)
{
    unsigned char c = (unsigned char)t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x9D || (unsigned char)t[i + 2] == 0x99))
        return 3;
    return 0;
}

static bool opener_at(const char *t, size_t i, size_t len)
{
    unsigned char c = (unsigned char)t[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[') return true;
    return c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
           ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x98);
}

/* Decide whether the text is hard-wrapped at a fixed column: its lines are
 * all short (no line runs past 100 bytes), and most of the lines of 40-90
 * bytes stop without final punctuation. */
static bool text_is_wrapped(const char *t, size_t len)
{
    size_t long_lines = 0, open_ends = 0, very_long = 0, ls = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || t[i] == '\n') {
            size_t e = i;
            while (e > ls && is_space((unsigned char)t[e - 1])) e--;
            if (e - ls > 100) very_long++;
            if (e - ls >= 40 && e - ls <= 90) {
                long_lines++;
                char c = t[e - 1];
                if (c != '.' && c != '!' && c != '?' && c != ':' && c != '"' &&
                    (unsigned char)c != 0x9D)
                    open_ends++;
            }
            ls = i + 1;
        }
    }
    return long_lines >= 4 && open_ends * 2 >= long_lines && very_long * 20 <= long_lines;
}

static void add_sentence(sr_tokens *tk, const char *t, size_t s, size_t e, bool in_quote)
{
    while (s < e && (is_space((unsigned char)t[s]) || t[s] == '\n')) s++;
    while (e > s && (is_space((unsigned char)t[e - 1]) || t[e - 1] == '\n')) e--;
    if (e <= s) return;
    if (tk->n_sent == tk->cap_sent) {
        tk->cap_sent = tk->cap_sent ? tk->cap_sent * 2 : 32;
        tk->sent = sr_xrealloc(tk->sent, tk->cap_sent * sizeof *tk->sent);
    }
    sr_sentence *st = &tk->sent[tk->n_sent++];
    st->start = (uint32_t)s;
    st->end = (uint32_t)e;
    st->tok_begin = st->tok_end = 0;
    st->in_quote = in_quote;
}

/* Does the period at t[i] end a sentence?  `ws` is the start of the word
 * the period closes. */
static bool period_ends(const char *t, size_t ws, size_t i, size_t next)
{
    size_t wl = i - ws;
    if (wl == 0) return true;
    const char *w = t + ws;
    /* single letter initial: "J." */
    if (wl == 1 && isupper((unsigned char)w[0])) return false;
    /* dotted acronym "U.S" / "a.m": ends only before a sentence starter */
    if (memchr(w, '.', wl)) {
        size_t nl = 0;
        while (t[next + nl] && isalpha((unsigned char)t[next + nl])) nl++;
        return word_in(t + next, nl, STARTERS, false);
    }
    if (word_in(w, wl, ABBREV, true)) return false;
    return true;
}

void sr_segment(const char *t, size_t len, sr_tokens *tk)
{
    bool wrapped = text_is_wrapped(t, len);
    size_t s = 0;
    bool in_quote = false, sent_quote = false;
    size_t ws = 0; /* start of the current word */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n') {
            bool para = false;
            size_t j = i + 1;
            while (j < len && is_space((unsigned char)t[j])) j++;
            if (!wrapped) para = true;
            else if (j >= len || t[j] == '\n' || j > i + 1) para = true; /* blank line or indent */
            if (para) {
                add_sentence(tk, t, s, i, sent_quote);
                s = i + 1;
                in_quote = false;
                sent_quote = false;
            }
            ws = i + 1;
            continue;
        }
        if (is_space(c)) { ws = i + 1; continue; }
        if (c == '"' || (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
                         ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D))) {
            if (c == '"') in_quote = !in_quote;
            else in_quote = ((unsigned char)t[i + 2] == 0x9C);
        }
        if (c != '.' && c != '!' && c != '?') continue;
        /* "said.The head": a missing space after a full stop, between a
         * lower-case word and a capitalised one */
        if (c == '.' && i > 1 && i + 2 < len && islower((unsigned char)t[i - 1]) &&
            islower((unsigned char)t[i - 2]) && isupper((unsigned char)t[i + 1]) &&
            islower((unsigned char)t[i + 2]) && !memchr(t + ws, '.', i - ws)) {
            add_sentence(tk, t, s, i + 1, sent_quote);
            sent_quote = in_quote;
            s = i + 1;
            ws = i + 1;
            continue;
        }
        /* a decimal point or dotted word continues */
        if (i + 1 < len && (isalnum((unsigned char)t[i + 1]))) continue;
        size_t e = i + 1;
        while (e < len && (t[e] == '.' || t[e] == '!' || t[e] == '?')) e++;
        size_t cl;
        while (e < len && (cl = closer_len(t, e, len)) > 0) e += cl;
        size_t j = e;
        if (j < len && !is_space((unsigned char)t[j]) && t[j] != '\n') continue;
        while (j < len && is_space((unsigned char)t[j])) j++;
        if (j >= len) break;
        if (t[j] == '\n') continue; /* the newline handler decides */
        unsigned char n = (unsigned char)t[j];
        bool starts = isupper(n) || isdigit(n) || opener_at(t, j, len) || n >= 0xC0;
        if (!starts) continue;
        if (c == '.' && !period_ends(t, ws, i, j)) continue;
        if (c == '.' && isdigit(n)) {
            /* "Oct. 7" handled above; a number after a plain word is a new
             * sentence only when the word is not a month-like abbreviation */
        }
        add_sentence(tk, t, s, e, sent_quote);
        sent_quote = in_quote;
        s = e;
        i = e - 1;
        ws = e;
    }
    add_sentence(tk, t, s, len, sent_quote);
}
