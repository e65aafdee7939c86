/* export.c — write stored incidents for people and for other tools.
 *
 *   table    a fixed-width table for a terminal
 *   jsonl    one incident a line: its fields, its sources and, in full, the
 *            JSON of every member event as `sitrep code` wrote it
 *   csv      one incident a row (RFC 4180), sources joined with "; "
 *   acled    ACLED's column names and conventions (time_precision 1-3,
 *            geo_precision 1-3, fatalities 0 when unknown, disorder_type)
 *   gdelt    the 61 tab-separated columns of the GDELT 2.0 event table,
 *            without a header line as GDELT's files have none
 *   geojson  a FeatureCollection of points (lon, lat) with flat properties,
 *            which QGIS and most GIS tools load as a layer
 *   events   every member event's JSON, one a line: exactly `sitrep code`
 *
 * Codes sitrep does not produce (ACLED's inter codes, GDELT's CAMEO actor
 * codes, FIPS country codes, Goldstein scores) are left empty rather than
 * guessed; docs/store.md lists each column and what fills it.
 */
#include "store.h"
#include "internal.h"

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool sr_export_format_parse(const char *name, sr_export_format *out)
{
    static const struct { const char *name; sr_export_format fmt; } names[] = {
        {"table", SR_FMT_TABLE}, {"jsonl", SR_FMT_JSONL}, {"json", SR_FMT_JSONL},
        {"csv", SR_FMT_CSV}, {"acled", SR_FMT_ACLED}, {"gdelt", SR_FMT_GDELT},
        {"geojson", SR_FMT_GEOJSON}, {"events", SR_FMT_EVENTS},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(name, names[i].name)) { *out = names[i].fmt; return true; }
    return false;
}

/* Strings as JSON (empty is null, as the store keeps "" for unknown). */
static void json_str(FILE *f, const char *s) { sr_json_string(f, s && *s ? s : NULL); }

static void json_count(FILE *f, int v)
{
    if (v < 0) fputs("null", f);
    else fprintf(f, "%d", v);
}

static void json_coord(FILE *f, double v)
{
    if (isnan(v)) fputs("null", f);
    else fprintf(f, "%.4f", v);
}

static const char *date_prec_name(sitrep_date_precision p)
{
    static const char *const n[] = {NULL, "day", "week", "month", "year"};
    return p >= 0 && p <= SITREP_PREC_YEAR ? n[p] : NULL;
}

static const char *geo_prec_name(sitrep_geo_precision p)
{
    static const char *const n[] = {NULL, "exact", "city", "admin1", "country"};
    return p >= 0 && p <= SITREP_GEO_COUNTRY ? n[p] : NULL;
}

/* A CSV field (RFC 4180); `sep` follows it. */
static void csv_field(FILE *f, const char *s, char sep) { sr_csv_field(f, s, sep); }

static void csv_int(FILE *f, int v, char sep)
{
    if (v >= 0) fprintf(f, "%d", v);
    fputc(sep, f);
}

static void csv_coord(FILE *f, double v, char sep)
{
    if (!isnan(v)) fprintf(f, "%.4f", v);
    fputc(sep, f);
}

/* A TSV field for GDELT: tabs and newlines become spaces. */
static void tsv_field(FILE *f, const char *s, char sep)
{
    for (s = s ? s : ""; *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
    fputc(sep, f);
}

/* The sources' article ids (or URLs) joined with "; ". */
static char *joined_sources(const sr_incident *inc, bool urls)
{
    sr_buf b = {0};
    for (int i = 0; i < inc->n_src; i++) {
        const char *v = urls ? inc->src[i].url : inc->src[i].article_id;
        if (!v || !*v) continue;
        if (b.len) sr_buf_adds(&b, "; ");
        sr_buf_adds(&b, v);
    }
    sr_buf_addc(&b, 0);
    return sr_buf_steal(&b);
}

/* The host of each source URL, "; "-joined: ACLED's `source` names outlets. */
static char *joined_outlets(const sr_incident *inc)
{
    sr_buf b = {0};
    for (int i = 0; i < inc->n_src; i++) {
        const char *u = inc->src[i].url;
        if (!u || !*u) continue;
        const char *h = strstr(u, "://");
        h = h ? h + 3 : u;
        if (!strncmp(h, "www.", 4)) h += 4;
        size_t n = strcspn(h, "/?#:");
        if (b.len) sr_buf_adds(&b, "; ");
        sr_buf_add(&b, h, n);
    }
    sr_buf_addc(&b, 0);
    return sr_buf_steal(&b);
}

/* The evidence sentence of the incident's first event, from its JSON. */
static char *first_evidence(const sr_incident *inc)
{
    if (inc->n_json == 0) return sr_xstrdup("");
    json_object *o = json_tokener_parse(inc->event_json[0]), *ev = NULL, *t = NULL;
    char *out = NULL;
    if (o && json_object_object_get_ex(o, "evidence", &ev) && json_object_object_get_ex(ev, "text", &t))
        out = sr_xstrdup(json_object_get_string(t));
    json_object_put(o);
    return out ? out : sr_xstrdup("");
}

static const char *country_name(const sitrep *s, const char *iso2)
{
    float lat, lon;
    const char *name = NULL;
    if (s && iso2 && *iso2 && sr_country_centroid(s, iso2, &lat, &lon, &name)) return name;
    return iso2;
}

static void write_table(FILE *f, const sr_incident *inc)
{
    char place[260];
    snprintf(place, sizeof place, "%s%s%s", inc->place, *inc->place && *inc->country ? ", " : "",
             inc->country);
    char fat[12] = "";
    if (inc->fatalities >= 0) snprintf(fat, sizeof fat, "%d", inc->fatalities);
    fprintf(f, "%-7lld %-10s %-34.34s %-40.40s %6s %4d\n", inc->id, *inc->date ? inc->date : "-",
            *inc->sub_event_type ? inc->sub_event_type : inc->event_type, place, fat, inc->n_sources);
}

/* The members both JSON exports open an incident with: its id, date, type
 * and CAMEO code ("incident_id":...,"cameo":...). */
static void json_incident_what(FILE *f, const sr_incident *inc)
{
    fprintf(f, "\"incident_id\":%lld,\"date\":", inc->id);
    json_str(f, inc->date);
    fputs(",\"date_precision\":", f);
    json_str(f, date_prec_name(inc->date_prec));
    fputs(",\"event_type\":", f);
    json_str(f, inc->event_type);
    fputs(",\"sub_event_type\":", f);
    json_str(f, inc->sub_event_type);
    fputs(",\"cameo\":", f);
    json_str(f, inc->cameo);
}

/* And the members they close its event fields with: weapon and toll. */
static void json_incident_toll(FILE *f, const sr_incident *inc)
{
    fputs("\"weapon\":", f);
    json_str(f, inc->weapon);
    fputs(",\"fatalities\":", f);
    json_count(f, inc->fatalities);
    fputs(",\"injured\":", f);
    json_count(f, inc->injured);
}

static void write_jsonl(FILE *f, const sr_incident *inc)
{
    fputc('{', f);
    json_incident_what(f, inc);
    fputs(",\"actor1\":{\"name\":", f);
    json_str(f, inc->actor1);
    fputs(",\"country\":", f);
    json_str(f, inc->actor1_country);
    fputs("},\"actor2\":{\"name\":", f);
    json_str(f, inc->actor2);
    fputs(",\"country\":", f);
    json_str(f, inc->actor2_country);
    fputs("},\"location\":{\"name\":", f);
    json_str(f, inc->place);
    fputs(",\"admin1\":", f);
    json_str(f, inc->admin1);
    fputs(",\"country\":", f);
    json_str(f, inc->country);
    fputs(",\"lat\":", f);
    json_coord(f, inc->lat);
    fputs(",\"lon\":", f);
    json_coord(f, inc->lon);
    fputs(",\"precision\":", f);
    json_str(f, geo_prec_name(inc->geo_prec));
    fputs("},", f);
    json_incident_toll(f, inc);
    fprintf(f, ",\"n_sources\":%d,\"n_events\":%d,\"sources\":[", inc->n_sources, inc->n_events);
    for (int i = 0; i < inc->n_src; i++) {
        fputs(i ? ",{\"article_id\":" : "{\"article_id\":", f);
        json_str(f, inc->src[i].article_id);
        fputs(",\"url\":", f);
        json_str(f, inc->src[i].url);
        fputs(",\"title\":", f);
        json_str(f, inc->src[i].title);
        fputs(",\"date\":", f);
        json_str(f, inc->src[i].date);
        fputc('}', f);
    }
    fputs("],\"events\":[", f);
    for (int i = 0; i < inc->n_json; i++) {
        if (i) fputc(',', f);
        fputs(inc->event_json[i], f);
    }
    fputs("]}\n", f);
}

static void write_csv(FILE *f, const sr_incident *inc)
{
    fprintf(f, "%lld,", inc->id);
    csv_field(f, inc->date, ',');
    csv_field(f, date_prec_name(inc->date_prec), ',');
    csv_field(f, inc->event_type, ',');
    csv_field(f, inc->sub_event_type, ',');
    csv_field(f, inc->cameo, ',');
    csv_field(f, inc->actor1, ',');
    csv_field(f, inc->actor1_country, ',');
    csv_field(f, inc->actor2, ',');
    csv_field(f, inc->actor2_country, ',');
    csv_field(f, inc->place, ',');
    csv_field(f, inc->admin1, ',');
    csv_field(f, inc->country, ',');
    csv_coord(f, inc->lat, ',');
    csv_coord(f, inc->lon, ',');
    csv_field(f, geo_prec_name(inc->geo_prec), ',');
    csv_field(f, inc->weapon, ',');
    csv_int(f, inc->fatalities, ',');
    csv_int(f, inc->injured, ',');
    fprintf(f, "%d,%d,", inc->n_sources, inc->n_events);
    char *ids = joined_sources(inc, false), *urls = joined_sources(inc, true);
    csv_field(f, ids, ',');
    csv_field(f, urls, '\n');
    free(ids);
    free(urls);
}

static const char *disorder_type(const char *event_type)
{
    if (!strcmp(event_type, "Protests") || !strcmp(event_type, "Riots")) return "Demonstrations";
    if (!strcmp(event_type, "Strategic developments")) return "Strategic developments";
    return *event_type ? "Political violence" : "";
}

static void write_acled(FILE *f, const sr_incident *inc, const sitrep *s)
{
    char id[32];
    snprintf(id, sizeof id, "%s%lld", *inc->country ? inc->country : "XX", inc->id);
    csv_field(f, id, ',');                                   /* event_id_cnty */
    csv_field(f, inc->date, ',');                            /* event_date */
    fprintf(f, "%.4s,", inc->date);                          /* year */
    int tp = inc->date_prec == SITREP_PREC_DAY ? 1 : inc->date_prec == SITREP_PREC_WEEK ? 2 : 3;
    fprintf(f, "%d,", tp);                                   /* time_precision */
    csv_field(f, disorder_type(inc->event_type), ',');
    csv_field(f, inc->event_type, ',');
    csv_field(f, inc->sub_event_type, ',');
    csv_field(f, inc->actor1, ',');
    csv_field(f, "", ',');                                   /* assoc_actor_1 */
    csv_field(f, "", ',');                                   /* inter1 */
    csv_field(f, inc->actor2, ',');
    csv_field(f, "", ',');                                   /* assoc_actor_2 */
    csv_field(f, "", ',');                                   /* inter2 */
    csv_field(f, "", ',');                                   /* interaction */
    csv_field(f, !strcmp(inc->event_type, "Violence against civilians") ? "Civilian targeting" : "", ',');
    csv_field(f, "", ',');                                   /* iso (numeric) */
    csv_field(f, "", ',');                                   /* region */
    csv_field(f, country_name(s, inc->country), ',');
    csv_field(f, inc->admin1, ',');
    csv_field(f, "", ',');                                   /* admin2 */
    csv_field(f, "", ',');                                   /* admin3 */
    csv_field(f, inc->place, ',');
    csv_coord(f, inc->lat, ',');
    csv_coord(f, inc->lon, ',');
    int gp = inc->geo_prec == SITREP_GEO_EXACT || inc->geo_prec == SITREP_GEO_CITY ? 1 : 3;
    fprintf(f, "%d,", gp);                                   /* geo_precision */
    char *outlets = joined_outlets(inc), *notes = first_evidence(inc);
    csv_field(f, outlets, ',');                              /* source */
    csv_field(f, "", ',');                                   /* source_scale */
    csv_field(f, notes, ',');                                /* notes */
    fprintf(f, "%d,", inc->fatalities > 0 ? inc->fatalities : 0);
    csv_field(f, "", ',');                                   /* tags */
    fprintf(f, "%lld\n", (long long)time(NULL));             /* timestamp */
    free(outlets);
    free(notes);
}

/* CAMEO's four quad classes by root code: verbal and material cooperation,
 * verbal and material conflict. */
static int quad_class(const char *cameo)
{
    int root = atoi((char[3]){cameo[0], cameo[0] ? cameo[1] : 0, 0});
    if (root <= 0) return 0;
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

static void write_gdelt(FILE *f, const sr_incident *inc, const sitrep *s)
{
    fprintf(f, "%lld\t", inc->id);                           /* GLOBALEVENTID */
    sr_ymd d = {0};
    bool dated = sr_ymd_parse(inc->date, &d);
    if (dated) {
        long doy = sr_ymd_to_days(d) - sr_ymd_to_days((sr_ymd){d.y, 1, 1}) + 1;
        fprintf(f, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", d.y, d.m, d.d, d.y, d.m, d.y,
                d.y + (double)doy / 365.0);
    } else {
        fputs("\t\t\t\t", f);
    }
    const char *names[2] = {inc->actor1, inc->actor2};
    for (int a = 0; a < 2; a++) {                            /* Actor1*, Actor2*: 10 each */
        tsv_field(f, "", '\t');                              /* ActorCode */
        tsv_field(f, names[a], '\t');                        /* ActorName */
        for (int k = 0; k < 8; k++) tsv_field(f, "", '\t');  /* country, group, ethnic, religion, types */
    }
    char base[4] = "", root[3] = "";
    snprintf(base, sizeof base, "%.3s", inc->cameo);
    snprintf(root, sizeof root, "%.2s", inc->cameo);
    fprintf(f, "1\t%s\t%s\t%s\t", inc->cameo, base, root);  /* IsRootEvent, codes */
    int q = quad_class(inc->cameo);
    if (q) fprintf(f, "%d\t", q);
    else fputc('\t', f);
    fputc('\t', f);                                          /* GoldsteinScale */
    fprintf(f, "%d\t%d\t%d\t\t", inc->n_events, inc->n_sources, inc->n_sources); /* + AvgTone */
    for (int g = 0; g < 2; g++) fputs("0\t\t\t\t\t\t\t\t", f); /* Actor1Geo_*, Actor2Geo_* */
    int type = 0;
    switch (inc->geo_prec) {
    case SITREP_GEO_COUNTRY: type = 1; break;
    case SITREP_GEO_ADMIN1: type = !strcmp(inc->country, "US") ? 2 : 5; break;
    case SITREP_GEO_CITY: case SITREP_GEO_EXACT: type = !strcmp(inc->country, "US") ? 3 : 4; break;
    default: type = 0;
    }
    char full[260];
    snprintf(full, sizeof full, "%s%s%s%s%s", inc->place,
             *inc->place && *inc->admin1 && strcmp(inc->place, inc->admin1) ? ", " : "",
             strcmp(inc->place, inc->admin1) ? inc->admin1 : "",
             (*inc->place || *inc->admin1) && *inc->country ? ", " : "", country_name(s, inc->country));
    fprintf(f, "%d\t", type);                                /* ActionGeo_Type */
    tsv_field(f, full, '\t');                                /* ActionGeo_FullName */
    tsv_field(f, "", '\t');                                  /* ActionGeo_CountryCode (FIPS) */
    tsv_field(f, "", '\t');                                  /* ActionGeo_ADM1Code */
    tsv_field(f, "", '\t');                                  /* ActionGeo_ADM2Code */
    csv_coord(f, inc->lat, '\t');
    csv_coord(f, inc->lon, '\t');
    tsv_field(f, "", '\t');                                  /* ActionGeo_FeatureID */
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    fprintf(f, "%04d%02d%02d%02d%02d%02d\t", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
            tm.tm_hour, tm.tm_min, tm.tm_sec);               /* DATEADDED */
    tsv_field(f, inc->n_src ? inc->src[0].url : "", '\n');   /* SOURCEURL */
}

static void write_geojson(FILE *f, const sr_incident *inc, long row)
{
    fputs(row ? ",\n" : "\n", f);
    fprintf(f, "{\"type\":\"Feature\",\"id\":%lld,\"geometry\":", inc->id);
    if (isnan(inc->lat) || isnan(inc->lon)) fputs("null", f);
    else fprintf(f, "{\"type\":\"Point\",\"coordinates\":[%.4f,%.4f]}", inc->lon, inc->lat);
    fputs(",\"properties\":{", f);
    json_incident_what(f, inc);
    fputs(",\"actor1\":", f);
    json_str(f, inc->actor1);
    fputs(",\"actor2\":", f);
    json_str(f, inc->actor2);
    fputs(",\"location\":", f);
    json_str(f, inc->place);
    fputs(",\"admin1\":", f);
    json_str(f, inc->admin1);
    fputs(",\"country\":", f);
    json_str(f, inc->country);
    fputs(",\"geo_precision\":", f);
    json_str(f, geo_prec_name(inc->geo_prec));
    fputc(',', f);
    json_incident_toll(f, inc);
    fprintf(f, ",\"n_sources\":%d,\"sources\":", inc->n_sources);
    char *ids = joined_sources(inc, false), *urls = joined_sources(inc, true);
    json_str(f, ids);
    fputs(",\"urls\":", f);
    json_str(f, urls);
    fputs("}}", f);
    free(ids);
    free(urls);
}

void sr_export_begin(sr_exporter *x)
{
    x->rows = 0;
    switch (x->fmt) {
    case SR_FMT_TABLE:
        fprintf(x->f, "%-7s %-10s %-34s %-40s %6s %4s\n", "id", "date", "type", "place", "dead", "src");
        break;
    case SR_FMT_CSV:
        fputs("incident_id,date,date_precision,event_type,sub_event_type,cameo,actor1,actor1_country,"
              "actor2,actor2_country,location,admin1,country,lat,lon,geo_precision,weapon,fatalities,"
              "injured,n_sources,n_events,article_ids,urls\n", x->f);
        break;
    case SR_FMT_ACLED:
        fputs("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
              "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
              "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
              "source,source_scale,notes,fatalities,tags,timestamp\n", x->f);
        break;
    case SR_FMT_GEOJSON:
        fputs("{\"type\":\"FeatureCollection\",\"features\":[", x->f);
        break;
    default:
        break;
    }
}

int sr_export_incident(const sr_incident *inc, void *user)
{
    sr_exporter *x = user;
    switch (x->fmt) {
    case SR_FMT_TABLE: write_table(x->f, inc); break;
    case SR_FMT_JSONL: write_jsonl(x->f, inc); break;
    case SR_FMT_CSV: write_csv(x->f, inc); break;
    case SR_FMT_ACLED: write_acled(x->f, inc, x->s); break;
    case SR_FMT_GDELT: write_gdelt(x->f, inc, x->s); break;
    case SR_FMT_GEOJSON: write_geojson(x->f, inc, x->rows); break;
    case SR_FMT_EVENTS:
        for (int i = 0; i < inc->n_json; i++) fprintf(x->f, "%s\n", inc->event_json[i]);
        break;
    }
    x->rows++;
    return 0;
}

void sr_export_end(sr_exporter *x)
{
    if (x->fmt == SR_FMT_GEOJSON) fputs("\n]}\n", x->f);
}
