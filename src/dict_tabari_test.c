/* dict_tabari_test.c — tests for the TABARI dictionary reader
 * (src/dict_tabari.c): phrase syntax (connectors, word endings,
 * alternatives, synsets), actors with synonyms and dated codes, agents,
 * verbs with forms and patterns, options and project files, and the
 * FILE:LINE: reason report for every kind of bad line.  Each test writes
 * its own small dictionaries to a temporary directory. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "tabari.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static int make_tmpdir(void **state)
{
    (void)state;
    return sr_test_mkdtemp(dir, sizeof dir, "sitrep-tbdict");
}

static int remove_tmpdir(void **state)
{
    (void)state;
    return sr_test_rmtree(dir);
}

static const char *write_file(const char *name, const char *text)
{
    const char *p = sr_test_write_file(dir, name, text);
    assert_non_null(p);
    return p;
}

/* Reads with warnings captured into *msgs (caller frees). */
typedef struct capture { char *buf; size_t len; FILE *f; } capture;

static void capture_start(tb_dict *d, capture *c)
{
    c->buf = NULL;
    c->len = 0;
    c->f = open_memstream(&c->buf, &c->len);
    d->warn = c->f;
}

static const char *capture_end(capture *c)
{
    fclose(c->f);
    return c->buf ? c->buf : "";
}

static void test_phrase_connectors_and_modes(void **state)
{
    (void)state;
    tb_dict d;
    tb_dict_init(&d);
    tb_seq s[4];
    char err[256];
    assert_int_equal(tb_parse_phrase(&d, "NOTED_WOULD NOW * RAID_ BAN=", s, 4, err, sizeof err), 1);
    assert_int_equal(s[0].n, 6);
    assert_string_equal(s[0].v[0].word, "NOTED");
    /* a closed word joined to the next takes no ending ("PLAN_TO_*" must
     * not match "plan's to") */
    assert_int_equal(s[0].v[0].mode, TB_EXACT);
    assert_true(s[0].v[1].adj);                 /* WOULD joined to NOTED */
    assert_int_equal(s[0].v[1].mode, TB_STEM);
    assert_false(s[0].v[2].adj);                /* NOW after a space */
    assert_int_equal(s[0].v[3].type, TB_VERB);
    assert_int_equal(s[0].v[4].mode, TB_CLOSED);
    assert_string_equal(s[0].v[5].word, "BAN");
    assert_int_equal(s[0].v[5].mode, TB_EXACT);
    tb_seq_free(&s[0]);

    assert_int_equal(tb_parse_phrase(&d, "$ ^ FOR * + %", s, 4, err, sizeof err), 1);
    assert_int_equal(s[0].v[0].type, TB_SOURCE);
    assert_int_equal(s[0].v[1].type, TB_SKIP);
    assert_int_equal(s[0].v[4].type, TB_TARGET);
    assert_int_equal(s[0].v[5].type, TB_COMPOUND);
    tb_seq_free(&s[0]);
    tb_dict_free(&d);
}

static void test_phrase_alternatives(void **state)
{
    (void)state;
    tb_dict d;
    tb_dict_init(&d);
    tb_seq s[8];
    char err[256];
    int k = tb_parse_phrase(&d, "* FOR { ECONOMIC_SANCTIONS | EMBARGO }_NOW", s, 8, err, sizeof err);
    assert_int_equal(k, 2);
    assert_int_equal(s[0].n, 5);                /* * FOR ECONOMIC SANCTIONS NOW */
    assert_string_equal(s[0].v[2].word, "ECONOMIC");
    assert_false(s[0].v[2].adj);                /* the group follows a space */
    assert_true(s[0].v[3].adj);
    assert_true(s[0].v[4].adj);                 /* "}_NOW" */
    assert_int_equal(s[1].n, 4);
    assert_string_equal(s[1].v[2].word, "EMBARGO");
    for (int i = 0; i < k; i++) tb_seq_free(&s[i]);

    assert_int_equal(tb_parse_phrase(&d, "* { A | B", s, 8, err, sizeof err), -1);
    assert_string_equal(err, "\"{\" without \"}\"");
    assert_int_equal(tb_parse_phrase(&d, "* A | B", s, 8, err, sizeof err), -1);
    assert_int_equal(tb_parse_phrase(&d, "* { A | }", s, 8, err, sizeof err), -1);
    assert_int_equal(tb_parse_phrase(&d, "* &NOSUCH", s, 8, err, sizeof err), -1);
    assert_string_equal(err, "unknown synset &NOSUCH");
    tb_dict_free(&d);
}

static void test_names_keep_symbols(void **state)
{
    (void)state;
    tb_dict d;
    tb_dict_init(&d);
    tb_seq s;
    char err[256];
    assert_int_equal(tb_parse_name(&d, "AT&T_", &s, err, sizeof err), 0);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.v[0].word, "AT&T");
    assert_int_equal(s.v[0].mode, TB_CLOSED);
    tb_seq_free(&s);
    assert_int_equal(tb_parse_name(&d, "   ", &s, err, sizeof err), -1);
    tb_dict_free(&d);
}

static void test_actors_synonyms_and_dates(void **state)
{
    (void)state;
    const char *p = write_file("t.actors",
        "<NOUN>\nSHEEP\n</NOUN>\n<ADJECTIVE>\nEVIL ;comment\n</ADJECTIVE>\n"
        "# a comment line\n"
        "RIVENDELL  [RIV] ; a comment\n"
        "GOLLUM ; synonyms and dated codes follow\n"
        "+SMEAGOL\n"
        "\t[HOB < 950601]\n"
        "\t[HOBGOV 950601 - 990815]\n"
        "\t[HOBREB > 990816]\n"
        "THE_SHIRE  [FRO/BIL]\n"
        "~~FINISH\n"
        "IGNORED [XXX]\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512];
    capture c;
    capture_start(&d, &c);
    assert_int_equal(tb_read_actors(&d, p, false, err, sizeof err), 0);
    assert_string_equal(capture_end(&c), "");
    free(c.buf);
    assert_int_equal(d.n_actors, 4);   /* RIVENDELL, GOLLUM, SMEAGOL, THE_SHIRE */
    assert_int_equal(d.n_nouns, 2);
    assert_false(d.noun_adj[0]);
    assert_true(d.noun_adj[1]);
    const tb_actor *g = &d.actors[2];  /* SMEAGOL shares GOLLUM's codes */
    assert_string_equal(g->phrase.v[0].word, "SMEAGOL");
    assert_int_equal(g->n_codes, 3);
    assert_string_equal(g->codes[0].code, "HOB");
    assert_int_equal(g->codes[0].to, 19950600);   /* "< 950601": before that day */
    assert_int_equal(g->codes[1].from, 19950601);
    assert_int_equal(g->codes[1].to, 19990815);
    assert_int_equal(g->codes[2].from, 19990817);
    assert_int_equal(d.actors[3].phrase.n, 2);
    assert_true(d.actors[3].phrase.v[1].adj);
    tb_dict_free(&d);
}

static void test_actor_errors_name_line_and_reason(void **state)
{
    (void)state;
    const char *p = write_file("bad.actors",
        "GOOD [GOD]\n"
        "NOCODE\n"
        "ALSO_GOOD [AGD]\n"
        "BADDATE [XYZ 95-01]\n"
        "NODATECODE [950601-990815]\n"
        "+ORPHAN\n"
        "UNCLOSED [ABC\n"
        "<WEIRD>\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512];
    capture c;
    capture_start(&d, &c);
    assert_int_equal(tb_read_actors(&d, p, false, err, sizeof err), 0);
    const char *m = capture_end(&c);
    char want[512];
    snprintf(want, sizeof want, "%s:2: \"NOCODE\" has no [code] (line skipped)", p);
    assert_non_null(strstr(m, want));
    snprintf(want, sizeof want, "%s:4: code block [XYZ 95-01]: dates must be", p);
    assert_non_null(strstr(m, want));
    snprintf(want, sizeof want, "%s:5: code block [950601-990815] has no code", p);
    assert_non_null(strstr(m, want));
    snprintf(want, sizeof want, "%s:7: \"[\" without \"]\"", p);
    assert_non_null(strstr(m, want));
    snprintf(want, sizeof want, "%s:8: unknown block <WEIRD>", p);
    assert_non_null(strstr(m, want));
    free(c.buf);
    assert_int_equal(d.n_bad, 5);
    /* the good lines around the bad ones were kept: GOOD, ALSO_GOOD and its
     * synonym ORPHAN */
    assert_int_equal(d.n_actors, 3);
    tb_dict_free(&d);

    tb_dict_init(&d);
    assert_int_equal(tb_read_actors(&d, "/nonexistent/x.actors", false, err, sizeof err), -1);
    assert_non_null(strstr(err, "/nonexistent/x.actors: cannot open"));
    tb_dict_free(&d);
}

static void test_agents_need_tilde(void **state)
{
    (void)state;
    const char *p = write_file("t.agents", "POLICE_ [~COP]\nACTIVISTS_ [NGM~]\nBROKEN_ [GOV]\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512];
    capture c;
    capture_start(&d, &c);
    assert_int_equal(tb_read_actors(&d, p, true, err, sizeof err), 0);
    const char *m = capture_end(&c);
    assert_non_null(strstr(m, ":3: agent code [GOV] needs a \"~\""));
    free(c.buf);
    assert_int_equal(d.n_actors, 2);
    assert_true(d.actors[0].agent);
    tb_dict_free(&d);
}

static void test_verbs_forms_patterns_synsets(void **state)
{
    (void)state;
    const char *p = write_file("t.verbs",
        "<SYNSETS>\n&MONEY\n+DOLLAR\n+SWISS_FRANC\n</SYNSETS>\n"
        "<TIME>\nYESTERDAY [-1]\nKAN_WA [###]\nFOREVER [- - -]\n</TIME>\n"
        "ACT_ [100]\n"
        "{ ACTING_ ACTED_ }\n"
        "- SAID * NOW [101] ;comment\n"
        "- * &MONEY [102]\n"
        "- * RESIST { TO THE END | TO THE DEATH } [103]\n"
        "MEET [031:031]\n"
        "- % HAVE POSTPONED * [191]\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512];
    capture c;
    capture_start(&d, &c);
    assert_int_equal(tb_read_verbs(&d, p, err, sizeof err), 0);
    assert_string_equal(capture_end(&c), "");
    free(c.buf);
    assert_int_equal(d.n_syn, 1);
    assert_int_equal(d.n_times, 1);   /* only ### and +++ phrases are kept */
    assert_int_equal(d.n_verbs, 2);
    const tb_verb *v = &d.verbs[0];
    assert_int_equal(v->n_forms, 3);
    assert_string_equal(v->code, "100");
    /* SAID * NOW, two money expansions, two RESIST expansions */
    assert_int_equal(v->n_pats, 5);
    /* longest first: RESIST TO THE DEATH (16 letters) beats SWISS FRANC */
    assert_string_equal(v->pats[0].code, "103");
    const tb_pattern *said = NULL;
    for (size_t i = 0; i < v->n_pats; i++) if (!strcmp(v->pats[i].code, "101")) said = &v->pats[i];
    assert_non_null(said);
    assert_int_equal(said->before.n, 1);
    assert_string_equal(said->before.v[0].word, "SAID");
    assert_int_equal(said->after.n, 1);
    assert_string_equal(d.verbs[1].pats[0].code, "191");
    /* before the verb, nearest first: POSTPONED HAVE % */
    assert_int_equal(d.verbs[1].pats[0].before.v[2].type, TB_COMPOUND);
    tb_dict_free(&d);
}

static void test_verb_errors(void **state)
{
    (void)state;
    const char *p = write_file("bad.verbs",
        "- * BEFORE [001]\n"
        "GOOD [010]\n"
        "- * NO CODE\n"
        "- NO STAR [011]\n"
        "- * { A | B ] [012]\n"
        "NOCODE\n"
        "- * X [01 2]\n"
        "- * &UNKNOWN [013]\n"
        "- * OK [014]\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512];
    capture c;
    capture_start(&d, &c);
    assert_int_equal(tb_read_verbs(&d, p, err, sizeof err), 0);
    const char *m = capture_end(&c);
    const char *want[] = {":1: pattern before any verb", ":3: pattern: no [code]",
                          ":4: pattern \"NO STAR\" needs exactly one \"*\"",
                          ":5: \"{\" without \"}\"", ":6: verb \"NOCODE\": no [code]",
                          ":7: pattern: code [01 2] holds a space", ":8: unknown synset &UNKNOWN"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        char full[512];
        snprintf(full, sizeof full, "%s%s", p, want[i]);
        if (!strstr(m, full)) fail_msg("missing \"%s\" in:\n%s", full, m);
    }
    free(c.buf);
    assert_int_equal(d.n_bad, 7);
    assert_int_equal(d.n_verbs, 1);
    assert_int_equal(d.verbs[0].n_pats, 1);   /* "* OK" */
    tb_dict_free(&d);
}

static void test_options(void **state)
{
    (void)state;
    const char *p = write_file("t.options",
        "// comment\n"
        "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"
        "SET: CONVERT AGENT = TRUE\n"
        "SET: MINIMUM WORDS = 4\n"
        "SET: CODE ALL\n"
        "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8\n"
        "DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT]\n"
        "LABEL: 010=YIELD\n"
        "FORWARD: ^^*****NNN*SSS\n"
        "~~~~~\n"
        "NONSENSE AFTER THE END\n");
    tb_dict d;
    tb_dict_init(&d);
    assert_int_equal(d.opt.min_words, 8);     /* TABARI's default */
    char err[512];
    assert_int_equal(tb_read_options(&d, p, err, sizeof err), 0);
    tb_options *o = &d.opt;
    assert_int_equal(o->complex_verbs, 5);
    assert_int_equal(o->complex_conj, 4);
    assert_true(o->noactprior);
    assert_true(o->convert_agent);
    assert_int_equal(o->min_words, 4);
    assert_int_equal(o->code_by, 3);
    assert_int_equal(o->comma_min, 4);
    assert_int_equal(o->comma_bmax, 8);
    assert_string_equal(o->default_source, "DEF");
    assert_true(o->default_source_prior);
    assert_string_equal(o->default_target, "TGT");
    assert_false(o->default_target_after);
    assert_true(o->forward);

    const char *bad = write_file("bad.options", "SET: ALLCAPS = TRUE\nFROBNICATE: YES\n");
    assert_int_equal(tb_read_options(&d, bad, err, sizeof err), -1);
    char want[512];
    snprintf(want, sizeof want, "%s:2: unknown option \"FROBNICATE: YES\"", bad);
    assert_string_equal(err, want);
    assert_true(d.opt.allcaps);
    tb_dict_free(&d);
}

static void test_project(void **state)
{
    (void)state;
    write_file("p.actors", "ARNOR [ARN]\n");
    write_file("p.verbs", "RESTOR [064]\n");
    write_file("p.agents", "POLICE_ [~COP]\n");
    write_file("p.options", "SET: CODE BY SENTENCE\n");
    const char *proj = write_file("p.project",
        "A test project\n<actorsfile>  p.actors\n<verbsfile>\tp.verbs\n"
        "<agentsfile> p.agents\n<optionsfile> p.options\n<textfile> p.text\n");
    tb_dict d;
    tb_dict_init(&d);
    char err[512], *text = NULL;
    assert_int_equal(tb_read_project(&d, proj, &text, err, sizeof err), 0);
    assert_int_equal(d.n_actors, 2);
    assert_int_equal(d.n_verbs, 1);
    assert_int_equal(d.opt.code_by, 1);
    char want[256];
    snprintf(want, sizeof want, "%s/p.text", dir);
    assert_string_equal(text, want);
    free(text);
    tb_dict_free(&d);

    const char *empty = write_file("e.project", "<actorsfile> p.actors\n");
    tb_dict_init(&d);
    assert_int_equal(tb_read_project(&d, empty, NULL, err, sizeof err), -1);
    assert_non_null(strstr(err, "a project needs an <actorsfile> and a <verbsfile>"));
    tb_dict_free(&d);
}

static void test_dates(void **state)
{
    (void)state;
    assert_int_equal(tb_date("950101", 6), 19950101);
    assert_int_equal(tb_date("010101", 6), 20010101);
    assert_int_equal(tb_date("19140724", 8), 19140724);
    assert_int_equal(tb_date("9501201", 7), 19950120);   /* a typo in TABARI's own suite */
    assert_int_equal(tb_date("95", 2), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrase_connectors_and_modes),
        cmocka_unit_test(test_phrase_alternatives),
        cmocka_unit_test(test_names_keep_symbols),
        cmocka_unit_test_setup_teardown(test_actors_synonyms_and_dates, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_actor_errors_name_line_and_reason, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_agents_need_tilde, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_verbs_forms_patterns_synsets, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_verb_errors, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_options, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_project, make_tmpdir, remove_tmpdir),
        cmocka_unit_test(test_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
