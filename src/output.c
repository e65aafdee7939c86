/* output.c — write events as JSON Lines or CSV.
 *
 * JSON is written by hand: the schema is fixed and flat enough that a
 * library would add a dependency and an allocation per field for nothing.
 * Strings are escaped per RFC 8259 (quotes, backslash, control characters);
 * the text is valid UTF-8 by the time it gets here, so it is copied as is.
 * Unknown values are null.  CSV follows RFC 4180 (quoted when needed).
 * The schema is documented in docs/schema.md.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void sr_json_string(FILE *f, const char *s)
{
    if (!s) { fputs("null", f); return; }
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20) fprintf(f, "\\u%04x", *p);
            else fputc(*p, f);
        }
    }
    fputc('"', f);
}

static void json_str(FILE *f, const char *s) { sr_json_string(f, s); }
static void json_str_or_null(FILE *f, const char *s) { sr_json_string(f, s && *s ? s : NULL); }

const char *sitrep_group_name(int group)
{
    static const char *const NAMES[SITREP_GROUPS] = {"civilians", "soldiers", "police", "militants"};
    return group >= 0 && group < SITREP_GROUPS ? NAMES[group] : NULL;
}

/* [low, high] when reports differ, else null. */
static void json_range(FILE *f, const int r[2])
{
    if (r[0] >= 0 && r[1] >= 0) fprintf(f, "[%d,%d]", r[0], r[1]);
    else fputs("null", f);
}

/* {"civilians":12,"soldiers":3} with the groups the text names, else null. */
static void json_groups(FILE *f, const int g[SITREP_GROUPS])
{
    bool any = false;
    for (int i = 0; i < SITREP_GROUPS; i++) {
        if (g[i] < 0) continue;
        fprintf(f, "%s\"%s\":%d", any ? "," : "{", sitrep_group_name(i), g[i]);
        any = true;
    }
    fputs(any ? "}" : "null", f);
}

static void json_int(FILE *f, int v)
{
    if (v < 0) fputs("null", f);
    else fprintf(f, "%d", v);
}

static const char *prec_name(sitrep_date_precision p)
{
    switch (p) {
    case SITREP_PREC_DAY: return "day";
    case SITREP_PREC_WEEK: return "week";
    case SITREP_PREC_MONTH: return "month";
    case SITREP_PREC_YEAR: return "year";
    default: return NULL;
    }
}

static const char *geo_name(sitrep_geo_precision p)
{
    switch (p) {
    case SITREP_GEO_EXACT: return "exact";
    case SITREP_GEO_CITY: return "city";
    case SITREP_GEO_ADMIN1: return "admin1";
    case SITREP_GEO_COUNTRY: return "country";
    case SITREP_GEO_REGION: return "region";
    default: return NULL;
    }
}

static void json_actor(FILE *f, const sitrep_actor *a)
{
    fputs("{\"name\":", f);
    json_str(f, a->name);
    fputs(",\"country\":", f);
    json_str_or_null(f, a->country);
    fputc('}', f);
}

void sitrep_write_jsonl(FILE *f, const sitrep_event *e)
{
    fputs("{\"article_id\":", f);
    json_str(f, e->article_id);
    fputs(",\"event_id\":", f);
    json_str(f, e->event_id);
    fputs(",\"date\":", f);
    json_str_or_null(f, e->date);
    fputs(",\"date_precision\":", f);
    json_str(f, prec_name(e->date_precision));
    fputs(",\"date_end\":", f);
    json_str_or_null(f, e->date_end);
    fputs(",\"date_source\":", f);
    json_str(f, e->date_source);
    fprintf(f, ",\"background\":%s", e->background ? "true" : "false");
    fputs(",\"event_type\":", f);
    json_str(f, e->event_type);
    fputs(",\"sub_event_type\":", f);
    json_str(f, e->sub_event_type);
    fputs(",\"cameo\":", f);
    json_str(f, e->cameo);
    fputs(",\"actor1\":", f);
    json_actor(f, &e->actor1);
    fputs(",\"actor2\":", f);
    json_actor(f, &e->actor2);
    fputs(",\"location\":{\"name\":", f);
    json_str_or_null(f, e->location.name);
    fputs(",\"admin1\":", f);
    json_str_or_null(f, e->location.admin1);
    fputs(",\"country\":", f);
    json_str_or_null(f, e->location.country);
    if (isnan(e->location.lat)) fputs(",\"lat\":null,\"lon\":null", f);
    else fprintf(f, ",\"lat\":%.4f,\"lon\":%.4f", e->location.lat, e->location.lon);
    fputs(",\"precision\":", f);
    json_str(f, geo_name(e->location.precision));
    fputs("},\"weapon\":", f);
    json_str_or_null(f, e->weapon);
    fputs(",\"weapon_count\":", f);
    json_int(f, e->weapon_count);
    fputs(",\"fatalities\":", f);
    json_int(f, e->fatalities);
    fputs(",\"injured\":", f);
    json_int(f, e->injured);
    fputs(",\"fatalities_qualifier\":", f);
    json_str(f, e->fatalities_qualifier);
    fputs(",\"injured_qualifier\":", f);
    json_str(f, e->injured_qualifier);
    fputs(",\"abducted\":", f);
    json_int(f, e->abducted);
    fputs(",\"abducted_qualifier\":", f);
    json_str(f, e->abducted_qualifier);
    fputs(",\"fatalities_range\":", f);
    json_range(f, e->fatalities_range);
    fputs(",\"injured_range\":", f);
    json_range(f, e->injured_range);
    fputs(",\"fatalities_by_group\":", f);
    json_groups(f, e->fatalities_by_group);
    fputs(",\"injured_by_group\":", f);
    json_groups(f, e->injured_by_group);
    fputs(",\"evidence\":{\"text\":", f);
    json_str(f, e->evidence.text ? e->evidence.text : "");
    fprintf(f, ",\"start\":%zu,\"end\":%zu}", e->evidence.start, e->evidence.end);
    fprintf(f, ",\"confidence\":%.2f,\"sources\":%d}\n", e->confidence, e->sources);
}

void sr_csv_field(FILE *f, const char *s, char sep)
{
    s = s ? s : "";
    if (strpbrk(s, ",\"\n\r")) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"') fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
    fputc(sep, f);
}

static void csv_field(FILE *f, const char *s, bool last) { sr_csv_field(f, s, last ? '\n' : ','); }

static void csv_int(FILE *f, int v)
{
    if (v >= 0) fprintf(f, "%d,", v);
    else fputc(',', f);
}

void sitrep_write_csv_header(FILE *f)
{
    fputs("article_id,event_id,date,date_precision,date_end,background,event_type,sub_event_type,cameo,"
          "actor1,actor1_country,actor2,actor2_country,location,admin1,country,lat,lon,"
          "geo_precision,weapon,weapon_count,fatalities,injured,fatalities_qualifier,"
          "injured_qualifier,abducted,abducted_qualifier,fatalities_low,fatalities_high,"
          "injured_low,injured_high,fatalities_civilians,fatalities_soldiers,"
          "fatalities_police,fatalities_militants,evidence_start,evidence_end,confidence,"
          "evidence\n", f);
}

void sitrep_write_csv(FILE *f, const sitrep_event *e)
{
    csv_field(f, e->article_id, false);
    csv_field(f, e->event_id, false);
    csv_field(f, e->date, false);
    csv_field(f, prec_name(e->date_precision), false);
    csv_field(f, e->date_end, false);
    csv_field(f, e->background ? "true" : "false", false);
    csv_field(f, e->event_type, false);
    csv_field(f, e->sub_event_type, false);
    csv_field(f, e->cameo, false);
    csv_field(f, e->actor1.name, false);
    csv_field(f, e->actor1.country, false);
    csv_field(f, e->actor2.name, false);
    csv_field(f, e->actor2.country, false);
    csv_field(f, e->location.name, false);
    csv_field(f, e->location.admin1, false);
    csv_field(f, e->location.country, false);
    if (isnan(e->location.lat)) fputs(",,", f);
    else fprintf(f, "%.4f,%.4f,", e->location.lat, e->location.lon);
    csv_field(f, geo_name(e->location.precision), false);
    csv_field(f, e->weapon, false);
    csv_int(f, e->weapon_count);
    csv_int(f, e->fatalities);
    csv_int(f, e->injured);
    csv_field(f, e->fatalities_qualifier, false);
    csv_field(f, e->injured_qualifier, false);
    csv_int(f, e->abducted);
    csv_field(f, e->abducted_qualifier, false);
    csv_int(f, e->fatalities_range[0]);
    csv_int(f, e->fatalities_range[1]);
    csv_int(f, e->injured_range[0]);
    csv_int(f, e->injured_range[1]);
    for (int g = 0; g < SITREP_GROUPS; g++) csv_int(f, e->fatalities_by_group[g]);
    fprintf(f, "%zu,%zu,%.2f,", e->evidence.start, e->evidence.end, e->confidence);
    csv_field(f, e->evidence.text, true);
}

static const char *json_num_or_null(char *buf, size_t cap, double v)
{
    if (isnan(v)) return "null";
    snprintf(buf, cap, "%.5f", v);
    return buf;
}

void sitrep_write_toponym_jsonl(FILE *f, const char *article_id, const sitrep_toponym *t)
{
    char la[32], lo[32];
    fputs("{\"article_id\":", f);
    json_str(f, article_id ? article_id : "");
    fprintf(f, ",\"start\":%zu,\"end\":%zu,\"text\":", t->start, t->end);
    json_str(f, t->text);
    fputs(",\"name\":", f);
    json_str_or_null(f, t->name);
    fputs(",\"geonameid\":", f);
    if (t->geonameid) fprintf(f, "%lu", t->geonameid);
    else fputs("null", f);
    fprintf(f, ",\"lat\":%s,\"lon\":%s", json_num_or_null(la, sizeof la, t->lat),
            json_num_or_null(lo, sizeof lo, t->lon));
    fputs(",\"admin1\":", f);
    json_str_or_null(f, t->admin1);
    fputs(",\"country\":", f);
    json_str_or_null(f, t->country);
    fputs(",\"precision\":", f);
    json_str(f, geo_name(t->precision));
    fputs(",\"kind\":", f);
    json_str(f, t->kind);
    fprintf(f, ",\"candidates\":%d,\"role\":", t->n_candidates);
    json_str(f, t->role);
    fputs("}\n", f);
}
