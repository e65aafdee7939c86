/* dict_petrarch_test.c — tests for the PETRARCH-1 dictionary reader
 * (src/dict_petrarch.c) on small dictionaries written here: verb blocks
 * with generated and listed forms, "+" inside a phrase, shared patterns,
 * duplicate blocks, synsets; actors with dated codes; agents with plural
 * rules and !SET! substitutions; discards; and coding with them. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "tabari.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/sitrep-prdict-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *put(const char *name, const char *text)
{
    static char path[8][256];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 256, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return p;
}

static const char *VERBS =
    "<!-- a comment -->\n"
    "&MONEY\n+DOLLARS\n+SWISS FRANCS\n\n"
    "--- DEPART [032] ---\n"
    "DEPART  # comment\n"
    "- * FROM &MONEY [033]\n\n"
    "--- BREAK [171] ---\n"
    "BREAK { BROKE BROKEN }\n"
    "WIRE_+TAP {WIRE_+TAPPED}\n"
    "- WILL NOT * [081]\n\n"
    "--- SHOT [---] ---\n"
    "SHOT\n"
    "- *_AND_WOUND [223]\n\n"
    "--- SHOT [224] ---\n"
    "SHOT\n"
    "- * DEAD [225]\n"
    "--- BAD ---\n"
    "- NO STAR HERE [001]\n";

static const char *ACTORS =
    "ARNOR_ [ARN]\n"
    "GONDOR [GON]\n"
    "+MINAS TIRITH\n"
    "SLINKER\n"
    "\t[HOB <950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "\t[###]\n"
    "NASGUL [###] ; a code, not a discard, in PETRARCH\n";

static const char *AGENTS =
    "!PERSON! = MAN, MEN\n"
    "POLICE {} [~COP]\n"
    "SOLDIER [~MILARM]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "MAIN_OPPOSITION_GROUP [~MOP]\n"
    "OPPOSITION_GROUP [~OPP]\n"
    "BROKEN [GOV]\n";

static void load(tb_dict *d, char **msgs, size_t *len)
{
    tb_dict_init(d);
    pr_options(&d->opt);
    FILE *f = open_memstream(msgs, len);
    d->warn = f;
    char err[256];
    assert_int_equal(pr_read_verbs(d, put("v.txt", VERBS), err, sizeof err), 0);
    assert_int_equal(pr_read_actors(d, put("a.txt", ACTORS), err, sizeof err), 0);
    assert_int_equal(pr_read_agents(d, put("g.txt", AGENTS), err, sizeof err), 0);
    assert_int_equal(pr_read_discards(d, put("d.txt", "+TYPHOON\nBASEBALL  # sport\n"), err, sizeof err), 0);
    fclose(f);
    tb_dict_finish(d);
}

static const char *code(const tb_dict *d, const char *text, long date)
{
    static char buf[512];
    tb_events ev = {0};
    tb_code(d, text, date, &ev, NULL);
    buf[0] = 0;
    for (size_t i = 0; i < ev.n; i++) {
        size_t k = strlen(buf);
        snprintf(buf + k, sizeof buf - k, "%s%s/%s/%s", i ? " " : "", ev.v[i].source, ev.v[i].target,
                 ev.v[i].code);
    }
    if (ev.discarded) strcat(buf, "###");
    tb_events_free(&ev);
    return buf;
}

static void test_reading(void **state)
{
    (void)state;
    tb_dict d;
    char *msgs = NULL;
    size_t len = 0;
    load(&d, &msgs, &len);
    /* DEPART, BREAK, WIRE_+TAP, SHOT (two blocks pooled) */
    assert_int_equal(d.n_verbs, 4);
    assert_int_equal(d.verbs[0].n_forms, 4);   /* DEPART DEPARTS DEPARTED DEPARTING */
    assert_string_equal(d.verbs[0].forms[2].v[0].word, "DEPARTED");
    assert_int_equal(d.verbs[0].n_pats, 2);    /* two money expansions */
    assert_int_equal(d.verbs[1].n_forms, 3);   /* BROKE BROKEN BREAK */
    assert_string_equal(d.verbs[2].code, "---");   /* TAP: codes only after WIRE */
    const tb_verb *shot = &d.verbs[3];
    assert_string_equal(shot->code, "224");
    assert_int_equal(shot->n_pats, 2);
    assert_non_null(strstr(msgs, "v.txt:22: verb block header needs [CODE] (line skipped)"));
    assert_non_null(strstr(msgs, "v.txt:23: pattern needs a \"*\" (line skipped)"));
    assert_non_null(strstr(msgs, "g.txt:7: agent code [GOV] needs a \"~\" (line skipped)"));
    free(msgs);
    tb_dict_free(&d);
}

static void test_coding(void **state)
{
    (void)state;
    tb_dict d;
    char *msgs = NULL;
    size_t len = 0;
    load(&d, &msgs, &len);
    free(msgs);
    assert_string_equal(code(&d, "Arnor departed from Gondor on Monday.", 0), "ARN/GON/032");
    assert_string_equal(code(&d, "Arnor departes from Gondor on Monday.", 0), "");
    assert_string_equal(code(&d, "Arnor departed from swiss francs to Gondor.", 0), "ARN/GON/033");
    assert_string_equal(code(&d, "Arnor broke with Gondor on Monday.", 0), "ARN/GON/171");
    assert_string_equal(code(&d, "Arnor wire tapped Gondor on Monday.", 0), "ARN/GON/171");
    assert_string_equal(code(&d, "Arnor will not wire tap Gondor on Monday.", 0), "ARN/GON/081");
    assert_string_equal(code(&d, "Arnor tapped Gondor on Monday.", 0), "");
    assert_string_equal(code(&d, "Arnor shot Gondor dead on Monday.", 0), "ARN/GON/225");
    /* dated codes, with 6 or 8 digit dates */
    assert_string_equal(code(&d, "Slinker broke with Gondor today.", 19900101), "HOB/GON/171");
    assert_string_equal(code(&d, "Slinker broke with Gondor today.", 19970101), "HOBGOV/GON/171");
    /* agents: "{}" takes no plural; nested agents; !SET! */
    assert_string_equal(code(&d, "Arnor broke with Gondor police today.", 0), "ARN/GONCOP/171");
    assert_string_equal(code(&d, "Arnor broke with Gondor polices today.", 0), "ARN/GON/171");
    assert_string_equal(code(&d, "Gondor's main opposition group broke with Arnor.", 0),
                         "GONMOPOPP/ARN/171");
    assert_string_equal(code(&d, "Gondor congressmen broke with Arnor.", 0), "GONLEG/ARN/171");
    assert_string_equal(code(&d, "Soldiers from Gondor broke with Arnor.", 0), "GONMILARM/ARN/171");
    /* discards drop the record; ### is an ordinary code */
    assert_string_equal(code(&d, "A typhoon broke Arnor's ties with Gondor.", 0), "###");
    assert_string_equal(code(&d, "The Nasgul broke with Gondor today.", 0), "###/GON/171");
    tb_dict_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_reading, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_coding, make_tmpdir, remove_tmpdir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
