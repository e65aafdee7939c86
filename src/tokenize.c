/* tokenize.c — split each sentence into tokens with byte offsets.
 *
 * Words keep their internal hyphens and dots ("US-led", "U.S.", "155mm");
 * punctuation and quotes become tokens of their own; the possessive "'s"
 * (with either apostrophe) is split off so "Iraq’s" yields "Iraq" + "'s".
 * Each token gets a normalised lower-case form (curly quotes made plain), a
 * lemma and, for numerals and number words, a numeric value.  The strings
 * live in one pool per document; pointers are fixed once all tokens exist.
 */
#include "internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static void push_token(sr_tokens *tk, sr_token tok)
{
    if (tk->n == tk->cap) {
        tk->cap = tk->cap ? tk->cap * 2 : 256;
        tk->tok = sr_xrealloc(tk->tok, tk->cap * sizeof *tk->tok);
    }
    tk->tok[tk->n++] = tok;
}

/* Byte length of a multi-byte punctuation mark at t[i] that forms a token
 * of its own (quotes, dashes, ellipsis), or 0. */
static size_t upunct_len(const unsigned char *t, size_t i, size_t e)
{
    if (t[i] == 0xE2 && i + 2 < e && t[i + 1] == 0x80) {
        unsigned char c = t[i + 2];
        if ((c >= 0x93 && c <= 0x9F) || c == 0xA6 || c == 0xB2 || c == 0xB3) return 3;
    }
    if (t[i] == 0xC2 && i + 1 < e && (t[i + 1] == 0xAB || t[i + 1] == 0xBB)) return 2;
    return 0;
}

static bool is_apos(const unsigned char *t, size_t i, size_t e, size_t *n)
{
    if (t[i] == '\'') { *n = 1; return true; }
    if (t[i] == 0xE2 && i + 2 < e && t[i + 1] == 0x80 && (t[i + 2] == 0x99 || t[i + 2] == 0x98)) {
        *n = 3;
        return true;
    }
    return false;
}

static bool ascii_punct(unsigned char c)
{
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
           c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '*' || c == '|' || c == '/';
}

/* Normalise [s, e) into the pool: ASCII lower case, curly quotes and
 * apostrophes made plain, other bytes copied.  Returns the pool offset. */
static size_t pool_norm(sr_buf *pool, const unsigned char *s, size_t n)
{
    size_t off = pool->len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80) {
            unsigned char d = s[i + 2];
            if (d == 0x98 || d == 0x99) { sr_buf_addc(pool, '\''); i += 2; continue; }
            if (d == 0x9C || d == 0x9D) { sr_buf_addc(pool, '"'); i += 2; continue; }
            if (d == 0x93 || d == 0x94) { sr_buf_addc(pool, '-'); i += 2; continue; }
        }
        sr_buf_addc(pool, (char)tolower(c));
    }
    sr_buf_addc(pool, 0);
    return off;
}

static double numeral_value(const char *norm)
{
    /* digits with thousands commas and an optional decimal part */
    double v = 0;
    bool any = false, frac = false;
    double scale = 0.1;
    for (const char *p = norm; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            any = true;
            if (frac) { v += (*p - '0') * scale; scale /= 10; }
            else v = v * 10 + (*p - '0');
        } else if (*p == ',' && !frac && isdigit((unsigned char)p[1])) {
            continue;
        } else if (*p == '.' && !frac && isdigit((unsigned char)p[1])) {
            frac = true;
        } else {
            return -1;
        }
    }
    return any ? v : -1;
}

static uint16_t case_flags(const unsigned char *s, size_t n)
{
    uint16_t f = 0;
    bool letter = false, all_up = true, digit = false;
    size_t letters = 0;
    size_t i = 0;
    bool first = true;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { i++; continue; }
        if (utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU && utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO) {
            letter = true;
            letters++;
            if (first && utf8proc_isupper(cp)) f |= SR_TOK_CAP;
            if (!utf8proc_isupper(cp)) all_up = false;
            first = false;
        } else if (cp >= '0' && cp <= '9') {
            digit = true;
            first = false;
        }
        i += (size_t)k;
    }
    if (letter) f |= SR_TOK_WORD;
    if (letter && all_up && letters > 1) f |= SR_TOK_UPPER;
    if (digit && !letter) f |= SR_TOK_NUM;
    return f;
}

/* Tokenize text[s, e) of one sentence. */
static void tokenize_span(const char *text, size_t s, size_t e, sr_tokens *tk)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t i = s;
    while (i < e) {
        unsigned char c = t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { i++; continue; }
        size_t pl = upunct_len(t, i, e);
        if (pl || ascii_punct(c) || c == '.' || c == '-') {
            size_t n = pl ? pl : 1;
            if (c == '.') while (i + n < e && t[i + n] == '.') n++;
            if (c == '-') while (i + n < e && t[i + n] == '-') n++;
            sr_token tok = {0};
            tok.start = (uint32_t)i;
            tok.end = (uint32_t)(i + n);
            tok.flags = SR_TOK_PUNCT;
            if (c == '"' || (pl == 3 && t[i + 2] >= 0x9C && t[i + 2] <= 0x9F)) tok.flags |= SR_TOK_QUOTE;
            tok.value = -1;
            push_token(tk, tok);
            i += n;
            continue;
        }
        size_t an;
        if (is_apos(t, i, e, &an)) {
            /* a stray or opening apostrophe: a quote token */
            sr_token tok = {0};
            tok.start = (uint32_t)i;
            tok.end = (uint32_t)(i + an);
            tok.flags = SR_TOK_PUNCT | SR_TOK_QUOTE;
            tok.value = -1;
            push_token(tk, tok);
            i += an;
            continue;
        }
        /* a word: up to space or punctuation; internal . - ' kept */
        size_t j = i;
        while (j < e) {
            unsigned char d = t[j];
            if (d == ' ' || d == '\t' || d == '\n' || d == '\r') break;
            if (ascii_punct(d)) {
                /* 2,500 and 5.93 keep their comma/period */
                if (d == ',' && j > i && isdigit(t[j - 1]) && j + 1 < e && isdigit(t[j + 1])) { j++; continue; }
                if (d == '/' && j > i && isdigit(t[j - 1]) && j + 1 < e && isdigit(t[j + 1])) { j++; continue; }
                break;
            }
            if (upunct_len(t, j, e)) break;
            size_t k;
            if (is_apos(t, j, e, &k)) {
                /* possessive or contraction: split "'s", keep "don't" whole */
                if (j + k < e && (t[j + k] == 's' || t[j + k] == 'S') &&
                    (j + k + 1 >= e || !isalpha(t[j + k + 1])))
                    break;
                if (j + k >= e || !isalpha(t[j + k])) break; /* trailing apostrophe */
                j += k;
                continue;
            }
            if (d == '.') {
                /* keep the period of an abbreviation or dotted acronym */
                if (j + 1 < e && isalnum(t[j + 1])) { j++; continue; }
                bool dotted = memchr(t + i, '.', j - i) != NULL;
                bool single = (j - i == 1) && isalpha(t[i]);
                if (dotted || single || sr_is_abbreviation(text + i, j - i)) { j++; }
                break;
            }
            if (d == '-' && (j + 1 >= e || t[j + 1] == '-' || t[j + 1] == ' ')) break;
            j++;
        }
        if (j == i) j = i + 1;
        sr_token tok = {0};
        tok.start = (uint32_t)i;
        tok.end = (uint32_t)j;
        tok.flags = case_flags(t + i, j - i);
        tok.value = -1;
        push_token(tk, tok);
        i = j;
        /* possessive 's */
        size_t k;
        if (i < e && is_apos(t, i, e, &k) && i + k < e && (t[i + k] == 's' || t[i + k] == 'S') &&
            (i + k + 1 >= e || !isalpha(t[i + k + 1]))) {
            sr_token p = {0};
            p.start = (uint32_t)i;
            p.end = (uint32_t)(i + k + 1);
            p.flags = SR_TOK_WORD;
            p.value = -1;
            push_token(tk, p);
            i += k + 1;
        }
    }
}

void sr_tokenize(const char *text, size_t len, sr_tokens *tk)
{
    (void)len;
    tk->text = text;
    for (size_t si = 0; si < tk->n_sent; si++) {
        sr_sentence *st = &tk->sent[si];
        st->tok_begin = (uint32_t)tk->n;
        tokenize_span(text, st->start, st->end, tk);
        st->tok_end = (uint32_t)tk->n;
        if (st->tok_end > st->tok_begin) tk->tok[st->tok_begin].flags |= SR_TOK_SENT_START;
    }
    /* norm and lemma strings go to the pool as offsets, fixed up below */
    size_t *lem_off = sr_xmalloc((tk->n + 1) * sizeof *lem_off);
    size_t *norm_off = sr_xmalloc((tk->n + 1) * sizeof *norm_off);
    char scratch[128];
    for (size_t i = 0; i < tk->n; i++) {
        sr_token *tok = &tk->tok[i];
        norm_off[i] = pool_norm(&tk->pool, (const unsigned char *)text + tok->start,
                                tok->end - tok->start);
        const char *norm = tk->pool.data + norm_off[i];
        if (tok->flags & SR_TOK_NUM) tok->value = numeral_value(norm);
        else if (tok->flags & SR_TOK_WORD) tok->value = sr_number_word(norm);
        const char *lem = norm;
        if ((tok->flags & SR_TOK_WORD) && !(tok->flags & SR_TOK_NUM))
            lem = sr_lemma(norm, scratch, sizeof scratch);
        if (lem == norm) {
            lem_off[i] = norm_off[i];
        } else {
            char copy[128];
            snprintf(copy, sizeof copy, "%s", lem);
            lem_off[i] = tk->pool.len;
            sr_buf_add(&tk->pool, copy, strlen(copy) + 1);
        }
    }
    for (size_t i = 0; i < tk->n; i++) {
        tk->tok[i].norm = tk->pool.data + norm_off[i];
        tk->tok[i].lemma = tk->pool.data + lem_off[i];
    }
    free(lem_off);
    free(norm_off);
}

void sr_tokens_free(sr_tokens *tk)
{
    free(tk->tok);
    free(tk->sent);
    sr_buf_free(&tk->pool);
    memset(tk, 0, sizeof *tk);
}
