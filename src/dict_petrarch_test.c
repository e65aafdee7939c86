/* dict_petrarch_test.c — tests for the PETRARCH-1 dictionary reader
 * (src/dict_petrarch.c) on small dictionaries written here: verb blocks
 * with generated and listed forms, "+" inside a phrase, shared patterns,
 * duplicate blocks, synsets; actors with dated codes; agents with plural
 * rules and !SET! substitutions; discards; and coding with them; and
 * PETRARCH2's coding ontology, verb transformations and the coding that
 * uses them. */
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
    return sr_test_mkdtemp(dir, sizeof dir, "sitrep-prdict");
}

static int remove_tmpdir(void **state)
{
    (void)state;
    return sr_test_rmtree(dir);
}

static const char *put(const char *name, const char *text)
{
    const char *p = sr_test_write_file(dir, name, text);
    assert_non_null(p);
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

/* ------------------------------------------------------------ PETRARCH2 */

static const char *ONTOLOGY =
    "# a small coding ontology\n"
    "010:0x1000#Say\n015:0x10a0\n020:0x2000\n021:0x2070\n023:0x2040\n030:0x3000\n031:0x3070\n"
    "033:0x3040\n040:0xB000\n051:0x0081\n057:0x0087\n060:0x0070\n070:0x0040\n100:0x4000\n"
    "110:0x7000\n112:0x70a0\n120:-0xFFFF\n121:-0xFFFF+0x0070\n138:0x60A0\n190:0x00A0\n"
    "194:0x00A4\n0874:0x02C2\n"
    "no value here\n"
    "---:0\n";

static const char *VERBS2 =
    "&TREATY\n+AGREEMENT\n+TREATY\n\n"
    "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
    "--- WANT [030] ---\nWANT\n"
    "--- ASK [020] ---\nASK\n"
    "--- ATTACK [190] ---\nATTACK\nFIRE\n- * ROCKET [194]\n"
    "--- HELP [070] ---\nHELP\n"
    "--- PROVIDE [070] ---\nPROVIDE\n- * SUPPORT [051]\n- * SUPPORT [060]\n"
    "--- FACE [---] ---\nFACE\n- * PRESSURE [:100]\n"
    "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"
    "--- RATIFY [031] ---\nRATIFY {RATIFIES RATIFIED RATIFYING}\n"
    "- * &TREATY [031:031]\n- * &TREATY [057]\n"
    "--- REPORT [---] ---\nREPORT\n"
    "######## TRANSFORMATIONS ##########\n"
    "~ a (a b ATTACK) SAY = a b 015\n"
    "~ a (b . ATTACK) SAY = a b 112\n"
    "~ a (a b Q) SAY = a b Q\n"
    "~ a (b . ATTACK ) WANT = a b 021\n"
    "~ a (_ b ATTACK) REPORT = a b 190\n"
    "~ a b SAY\n"
    "--- ENJOY [---] ---\nENJOY\n";

static void load2(tb_dict *d, char **msgs, size_t *len)
{
    tb_dict_init(d);
    pr_options(&d->opt);
    d->opt.petrarch2 = true;
    FILE *f = open_memstream(msgs, len);
    d->warn = f;
    char err[256];
    assert_int_equal(pr_read_verbs(d, put("v2.txt", VERBS2), err, sizeof err), 0);
    assert_int_equal(pr_read_actors(d, put("a2.txt", "ARNOR_ [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n"
                                                     "ELENDIL\n+KING_ELENDIL\n\t[ARNELI]\n"
                                                     "ISILDUR\n+KING_ELENDIL\n\t[ARNGOV]\n"), err, sizeof err), 0);
    assert_int_equal(pr_read_agents(d, put("g2.txt", "MAYOR [~GOV]\nACTIVIST [~OPP]\n"), err, sizeof err), 0);
    assert_int_equal(pr_read_discards(d, put("d2.txt", "YEARS AGO\n"), err, sizeof err), 0);
    assert_int_equal(pr_read_ontology(d, put("o.txt", ONTOLOGY), err, sizeof err), 0);
    fclose(f);
    tb_dict_finish(d);
}

static void test_petrarch2_reading(void **state)
{
    (void)state;
    tb_dict d;
    char *msgs = NULL;
    size_t len = 0;
    load2(&d, &msgs, &len);
    long v = 0;
    assert_true(pr_pico(&d, "033", &v));
    assert_int_equal(v, 0x3040);
    assert_true(pr_pico(&d, "121", &v));
    assert_int_equal(v, 0x0070 - 0xFFFF);
    assert_true(pr_pico(&d, "0331", &v));   /* not listed: its root */
    assert_int_equal(v, 0x3040 - 0x40);
    assert_false(pr_pico(&d, "999", &v));
    assert_string_equal(pr_cameo(&d, 0x70a0), "112");
    assert_null(pr_cameo(&d, 0x1234));
    /* transformations name verbs and apply to their codes; REPORT has none */
    assert_int_equal(d.n_tr, 4);
    assert_string_equal(d.tr[0].up, "010");
    assert_string_equal(d.tr[0].low, "190");
    assert_int_equal(d.tr[1].s, 'b');
    assert_int_equal(d.tr[1].t, '.');
    assert_string_equal(d.tr[2].low, "");
    assert_string_equal(d.tr[2].code, "");
    assert_string_equal(d.tr[3].up, "030");
    assert_non_null(strstr(msgs, "v2.txt:38: transformation must read"));
    assert_non_null(strstr(msgs, "o.txt:24: ontology line must read CODE:VALUE (line skipped)"));
    assert_null(strstr(msgs, "o.txt:25"));   /* "---:0", the null code, is no error */
    free(msgs);
    tb_dict_free(&d);
}

static void test_petrarch2_coding(void **state)
{
    (void)state;
    tb_dict d;
    char *msgs = NULL;
    size_t len = 0;
    load2(&d, &msgs, &len);
    free(msgs);
    /* nested verbs combine through the ontology, transformations first */
    assert_string_equal(code(&d, "Arnor wants to help Gondor.", 0), "ARN/GON/033");
    assert_string_equal(code(&d, "Arnor wants Gondor to attack Mordor.", 0), "ARN/GON/021");
    assert_string_equal(code(&d, "Arnor asked Gondor to help Mordor.", 0), "ARN/GON/023");
    assert_string_equal(code(&d, "Arnor said it would attack Gondor.", 0), "ARN/GON/015");
    assert_string_equal(code(&d, "Arnor said that Gondor attacked Mordor.", 0), "ARN/GON/112");
    assert_string_equal(code(&d, "Arnor said it would help Gondor.", 0), "ARN/GON/070");
    assert_string_equal(code(&d, "Arnor said a rocket was fired at it from Gondor.", 0), "ARN/GON/112");
    assert_string_equal(code(&d, "Arnor said that Gondor had attacked Mordor and fired rockets at it.", 0),
                        "ARN/GON/112");
    assert_string_equal(code(&d, "Arnor said Gondor was unhappy.", 0), "ARN/GON/010");
    assert_string_equal(code(&d, "Arnor said such a step enjoyed support from Gondor.", 0), "");
    assert_string_equal(code(&d, "Arnor said it was unhappy with Gondor.", 0), "");
    /* negation; among equal patterns the last listed wins */
    assert_string_equal(code(&d, "Arnor said it would not provide support to Gondor.", 0), "ARN/GON/121");
    assert_string_equal(code(&d, "Arnor did not attack Gondor.", 0), "");
    /* [A:B]: A, and B too only with "with" or "from"; [:B] is a passive */
    assert_string_equal(code(&d, "Arnor ratified a sweeping agreement with Gondor.", 0), "ARN/GON/057");
    assert_string_equal(code(&d, "Arnor ratified treaties with Gondor.", 0), "ARN/GON/057");
    assert_string_equal(code(&d, "Gondor faces pressure from Arnor.", 0), "ARN/GON/100");
    /* passives: the source from a by/from/in phrase */
    assert_string_equal(code(&d, "Gondor was attacked yesterday by Arnor.", 0), "ARN/GON/190");
    assert_string_equal(code(&d, "There were ten Gondor activists attacked in Arnor.", 0), "ARN/GONOPP/190");
    /* compounds: meeting among themselves; a shared trailing agent */
    assert_string_equal(code(&d, "Arnor, Gondor, and Mordor met yesterday.", 0),
                        "ARN/GON/040 ARN/MOR/040 GON/ARN/040 GON/MOR/040 MOR/ARN/040 MOR/GON/040");
    assert_string_equal(code(&d, "Arnor and Gondor activists attacked Mordor.", 0), "ARNOPP/MOR/190 GONOPP/MOR/190");
    /* an agent takes the actor of its noun phrase's "of" phrase */
    assert_string_equal(code(&d, "Arnor attacked the mayor of the northern Gondor town.", 0), "ARN/GONGOV/190");
    /* a name listed twice: the last entry */
    assert_string_equal(code(&d, "King Elendil attacked Gondor.", 0), "ARNGOV/GON/190");
    /* subordinate and relative clauses */
    assert_string_equal(code(&d, "Arnor met a day before Gondor attacked Mordor.", 0), "");
    assert_string_equal(code(&d, "The visit came as Gondor attacked Mordor.", 0), "GON/MOR/190");
    /* discards need a word after them */
    assert_string_equal(code(&d, "Arnor attacked Gondor three years ago, officials said.", 0), "ARN/GON/190");
    assert_string_equal(code(&d, "Three years ago Arnor attacked Gondor.", 0), "###");
    tb_dict_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_reading, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_coding, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_petrarch2_reading, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_petrarch2_coding, make_tmpdir, remove_tmpdir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
