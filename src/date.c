/* date.c — proleptic Gregorian calendar arithmetic on plain y/m/d triples.
 * Days are counted from 1970-01-01 with Howard Hinnant's civil-date
 * algorithm, so adding days and finding weekdays needs no time zone and no
 * libc time functions. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

int sr_days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

bool sr_ymd_valid(int y, int m, int d)
{
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= sr_days_in_month(y, m);
}

bool sr_ymd_parse(const char *s, sr_ymd *out)
{
    int y, m, d;
    char tail;
    if (!s || strlen(s) < 10) return false;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) < 3) return false;
    if (s[4] != '-' || s[7] != '-') return false;
    if (!sr_ymd_valid(y, m, d)) return false;
    out->y = y; out->m = m; out->d = d;
    return true;
}

void sr_ymd_format(sr_ymd d, char out[11])
{
    if (d.y <= 0 || d.y > 9999) { out[0] = 0; return; }
    snprintf(out, 11, "%04d-%02d-%02d", d.y, d.m, d.d);
}

long sr_ymd_to_days(sr_ymd d)
{
    long y = d.y - (d.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

sr_ymd sr_days_to_ymd(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    sr_ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(y + (r.m <= 2));
    return r;
}

sr_ymd sr_ymd_add_days(sr_ymd d, long n) { return sr_days_to_ymd(sr_ymd_to_days(d) + n); }

int sr_ymd_weekday(sr_ymd d)
{
    long z = sr_ymd_to_days(d);          /* 1970-01-01 was a Thursday (3) */
    long w = (z + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}
