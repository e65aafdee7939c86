/* coder_tabari_test.c — tests for the TABARI-style coder (src/coder_tabari.c)
 * on a small invented dictionary: source and target choice, patterns with
 * $ + % ^, alternatives and synsets, word endings, compounds, agents,
 * pronouns, passive voice, subordinate comma clauses, paired, weak, null,
 * discard and complex codes, dated actor codes and the option switches. */
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

static tb_dict dict;
static char dir[64];

static const char *ACTORS =
    "<NOUN>\nSHEEP\nGOATS\n</NOUN>\n<ADJECTIVE>\nEVIL\nAWFUL\n</ADJECTIVE>\n"
    "NORLAND  [NOR]\n"
    "SUDRIA  [SUD]\n"
    "ESTRIA_  [EST]\n"
    "WESTMARK  [WES]\n"
    "MOUSE= [MUS]\n"
    "OLDLAND  [OLA <900101] [OLB]\n"
    "QUELL  [###]\n"
    "TWINS  [TWA/TWB]\n"
    "NOBODY  [---]\n"
    "PORT_OF_SUD  [SUD]\n"
    "CAPITOL  [NORGOV]\n";
static const char *AGENTS =
    "POLICE_ [~COP]\n"
    "FOREIGN_MINISTER_ [~GOVFRM]\n"
    "GOVERNMENT_ [~GOV]\n"
    "AMBASSADOR_ [~GOV]\n"
    "RIGHTS_ACTIVISTS_ [NGM~]\n";
static const char *VERBS =
    "<SYNSETS>\n&MONEY\n+DOLLAR\n+SWISS_FRANC\n</SYNSETS>\n"
    "ATTACK  [190]\n"
    "- + WAS * BY $ [191]\n"
    "CONDEMN  [122]\n"
    "- JOIN IN * [123]\n"
    "DEPART_  [032]\n"
    "BAN= [191]\n"
    "MEET  [031:031]\n"
    "- % HAVE POSTPONED * [036]\n"
    "GIVE  [070]\n"
    "- * &MONEY [071]\n"
    "- * AID { TO | FOR } + [073]\n"
    "- $ ^ * [075]\n"
    "SAID  [010?]\n"
    "REGRET  [011]\n"
    "- SAID $ * [012]\n"
    "DECIDE  [---]\n"
    "- * TO { STRIKE | BOMB } [195]\n"
    "PLAY_SOCCER  [###]\n"
    "BLAST  [+++]\n"
    "ATTEND  [043!]\n"
    "LEFT_  [032:033]\n";

static const char *put(const char *name, const char *text)
{
    return sr_test_write_file(dir, name, text);
}

static int setup(void **state)
{
    (void)state;
    if (sr_test_mkdtemp(dir, sizeof dir, "sitrep-tbcoder")) return -1;
    put("t.actors", ACTORS);
    put("t.agents", AGENTS);
    put("t.verbs", VERBS);
    put("t.options", "COMPLEX: VERBS[6] CONJ[4]\nSET: MINIMUM WORDS = 3\n");
    const char *proj = put("t.project", "<actorsfile> t.actors\n<agentsfile> t.agents\n"
                                        "<verbsfile> t.verbs\n<optionsfile> t.options\n");
    tb_dict_init(&dict);
    char err[512];
    if (tb_read_project(&dict, proj, NULL, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    return dict.n_bad ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    tb_dict_free(&dict);
    return sr_test_rmtree(dir);
}

/* Codes text and returns its events as "S/T/C S/T/C ..." in coded order. */
static const char *code(const char *text, long date)
{
    static char buf[1024];
    tb_events ev = {0};
    tb_code(&dict, text, date, &ev, NULL);
    buf[0] = 0;
    for (size_t i = 0; i < ev.n; i++) {
        size_t k = strlen(buf);
        snprintf(buf + k, sizeof buf - k, "%s%s/%s/%s", i ? " " : "", ev.v[i].source,
                 ev.v[i].target, ev.v[i].code);
    }
    if (ev.discarded) strcat(buf, "###");
    if (ev.complex) strcat(buf, "+++");
    tb_events_free(&ev);
    return buf;
}

static void test_simple_source_verb_target(void **state)
{
    (void)state;
    assert_string_equal(code("Norland condemned Sudria on Monday.", 0), "NOR/SUD/122");
    /* the source is the first actor of the clause, the target the first after the verb */
    assert_string_equal(code("Norland said on Monday that it condemned Sudria strongly.", 0),
                         "NOR/SUD/122");
    /* no verb, no event; no target, no event */
    assert_string_equal(code("Norland and Sudria were quiet on Monday.", 0), "");
    assert_string_equal(code("Norland condemned the weather on Monday.", 0), "");
}

static void test_word_endings(void **state)
{
    (void)state;
    assert_string_equal(code("Estria departed from Sudria on Monday.", 0), "EST/SUD/032");
    assert_string_equal(code("Estria departing from Sudria on Monday.", 0), "EST/SUD/032");
    assert_string_equal(code("Estria departx from Sudria on Monday.", 0), "");
    assert_string_equal(code("Estria's army departs from Sudria on Monday.", 0), "EST/SUD/032");
    assert_string_equal(code("Estriab departs from Sudria on Monday.", 0), "");
    /* "=": the word itself only */
    assert_string_equal(code("Mouse will ban Sudria on Monday.", 0), "MUS/SUD/191");
    assert_string_equal(code("Mouse has banned Sudria on Monday.", 0), "");
    assert_string_equal(code("Mouses will ban Sudria on Monday.", 0), "");
}

static void test_nouns_are_not_verbs(void **state)
{
    (void)state;
    /* after a determiner, or capitalised mid-sentence, a verb word is a noun */
    assert_string_equal(code("Norland saw an attack on Sudria on Monday.", 0), "");
    assert_string_equal(code("Norland saw the Attack on Sudria on Monday.", 0), "");
    assert_string_equal(code("NORLAND WILL ATTACK SUDRIA ON MONDAY.", 0), "NOR/SUD/190");
}

static void test_patterns(void **state)
{
    (void)state;
    /* + and $ before and after the verb */
    assert_string_equal(code("Sudria was attacked by Norland on Monday night.", 0), "NOR/SUD/191");
    assert_string_equal(code("Norland will join in condemning Sudria today.", 0), "NOR/SUD/123");
    /* alternatives and synsets, longest pattern first */
    assert_string_equal(code("Norland will give aid to Sudria on Monday.", 0), "NOR/SUD/073");
    assert_string_equal(code("Norland will give swiss francs to Sudria today.", 0), "NOR/SUD/071");
    assert_string_equal(code("Norland will give dollars to Sudria today.", 0), "NOR/SUD/071");
    assert_string_equal(code("Norland will give francs to Sudria today.", 0), "NOR/SUD/070");
    /* ^ skips an actor */
    assert_string_equal(code("Norland with Westmark gives Sudria nothing today.", 0), "NOR/SUD/075");
    /* a null verb codes only through a pattern */
    assert_string_equal(code("Norland decided to strike Sudria today.", 0), "NOR/SUD/195");
    assert_string_equal(code("Norland decided to visit Sudria today.", 0), "");
}

static void test_compounds_and_pairs(void **state)
{
    (void)state;
    assert_string_equal(code("Norland and Westmark condemned Sudria on Monday.", 0),
                         "NOR/SUD/122 WES/SUD/122");
    assert_string_equal(code("Norland condemned Sudria, Westmark and the evil Estria.", 0),
                         "NOR/SUD/122 NOR/WES/122 NOR/EST/122");
    /* ... unless the list is a terminal comma clause, which is dropped */
    assert_string_equal(code("Norland condemned Sudria, Westmark and the evil Estria today.", 0),
                         "NOR/SUD/122");
    /* % : the members act on one another */
    assert_string_equal(code("Norland and Sudria have postponed their meeting today.", 0),
                         "NOR/SUD/036 SUD/NOR/036");
    /* paired code A:B */
    assert_string_equal(code("Norland left for Sudria on Monday morning.", 0),
                         "NOR/SUD/032 SUD/NOR/033");
    /* a code naming two actors */
    assert_string_equal(code("Twins condemned Sudria on Monday.", 0), "TWA/SUD/122 TWB/SUD/122");
    /* nouns joined by a conjunction do not split the clause */
    assert_string_equal(code("Norland's sheep and goats condemned Sudria today.", 0), "NOR/SUD/122");
}

static void test_clauses(void **state)
{
    (void)state;
    assert_string_equal(code("Norland condemned Sudria on Monday and attacked Westmark.", 0),
                         "NOR/SUD/122 NOR/WES/190");
    /* a subordinate clause set off by commas is dropped */
    assert_string_equal(code("Norland, angry about a row with Westmark, condemned Sudria.", 0),
                         "NOR/SUD/122");
}

static void test_agents(void **state)
{
    (void)state;
    assert_string_equal(code("Norland's foreign minister condemned Sudria police today.", 0),
                         "NORGOVFRM/SUDCOP/122");
    assert_string_equal(code("The ambassador of Norland condemned Sudria today.", 0), "NORGOV/SUD/122");
    assert_string_equal(code("Rights activists in Norland condemned Sudria today.", 0), "NGMNOR/SUD/122");
    /* an agent the code already holds is not added twice */
    assert_string_equal(code("The Capitol government condemned Sudria today.", 0), "NORGOV/SUD/122");
}

static void test_pronouns_and_passive(void **state)
{
    (void)state;
    assert_string_equal(code("Norland said he regretted Sudria's decision today.", 0), "NOR/SUD/012");
    /* weak "?" verb codes only when nothing else in its clause does */
    assert_string_equal(code("Norland said on Monday that Sudria was wrong.", 0), "NOR/SUD/010");
    assert_string_equal(code("Sudria was condemned fiercely by Norland today.", 0), "NOR/SUD/122");
}

static void test_special_codes(void **state)
{
    (void)state;
    assert_string_equal(code("Norland condemned Quell on Monday.", 0), "###");
    assert_string_equal(code("Norland will play soccer with Sudria today.", 0), "###");
    assert_string_equal(code("Norland will blast Sudria on Monday.", 0), "+++");
    /* a null actor is skipped for the next one */
    assert_string_equal(code("Norland condemned Nobody in Sudria on Monday.", 0), "NOR/SUD/122");
    /* a dominant "!" code replaces the rest of the sentence with CODE ALL */
    dict.opt.code_by = 3;
    assert_string_equal(code("Norland left for Sudria to attend talks with Westmark.", 0),
                         "NOR/WES/043");
    dict.opt.code_by = 0;
}

static void test_dated_codes(void **state)
{
    (void)state;
    assert_string_equal(code("Oldland condemned Sudria on Monday.", 19850101), "OLA/SUD/122");
    assert_string_equal(code("Oldland condemned Sudria on Monday.", 19950101), "OLB/SUD/122");
    /* undated: the code without a date range */
    assert_string_equal(code("Oldland condemned Sudria on Monday.", 0), "OLB/SUD/122");
}

static void test_options_change_coding(void **state)
{
    (void)state;
    dict.opt.min_words = 8;
    assert_string_equal(code("Norland condemned Sudria.", 0), "");
    dict.opt.min_words = 3;
    char err[128];
    assert_int_equal(tb_apply_option(&dict.opt, "DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT] AFTER",
                                     err, sizeof err), 0);
    assert_string_equal(code("They condemned Sudria on Monday.", 0), "DEF/SUD/122");
    assert_string_equal(code("Norland condemned the weather today.", 0), "NOR/TGT/122");
    assert_int_equal(tb_apply_option(&dict.opt, "DEFAULT: OFF", err, sizeof err), 0);
    assert_int_equal(tb_apply_option(&dict.opt, "COMPLEX: VERBS[2]", err, sizeof err), 0);
    assert_string_equal(code("Norland condemned Sudria and attacked Westmark.", 0), "+++");
    assert_int_equal(tb_apply_option(&dict.opt, "COMPLEX: VERBS[6] CONJ[4]", err, sizeof err), 0);
    assert_int_equal(tb_apply_option(&dict.opt, "SET: CODE BY SENTENCE", err, sizeof err), 0);
    assert_string_equal(code("Norland condemned Sudria and attacked Westmark.", 0), "NOR/SUD/122");
    dict.opt.code_by = 0;
}

static void test_garbage_is_harmless(void **state)
{
    (void)state;
    assert_string_equal(code("", 0), "");
    assert_string_equal(code(",,,;;;...!!!", 0), "");
    assert_null(strchr(code("and and and but or nor", 0), '/'));
    char big[20000];
    for (size_t i = 0; i + 1 < sizeof big; i++) big[i] = "Norland, condemned and "[i % 23];
    big[sizeof big - 1] = 0;
    code(big, 0);   /* must not crash */
}

/* PETRARCH2's rules, switched on for these TABARI dictionaries (without an
 * ontology, so nothing nests): [A:B] codes B only with "with"/"from", a
 * passive takes its source from a by/from/in phrase, a compound that meets
 * with nobody else meets among itself. */
static void test_petrarch2_rules(void **state)
{
    (void)state;
    assert_string_equal(code("Norland meets Sudria on Monday.", 0), "NOR/SUD/031 SUD/NOR/031");
    assert_string_equal(code("Sudria was attacked yesterday from Norland.", 0), "SUD/NOR/190");
    dict.opt.petrarch2 = true;
    assert_string_equal(code("Norland meets Sudria on Monday.", 0), "NOR/SUD/031");
    assert_string_equal(code("Norland meets with Sudria on Monday.", 0), "NOR/SUD/031 SUD/NOR/031");
    assert_string_equal(code("Sudria was attacked yesterday from Norland.", 0), "NOR/SUD/190");
    assert_string_equal(code("Norland, Sudria, and Westmark meets on Monday.", 0),
                        "NOR/SUD/031 NOR/WES/031 SUD/NOR/031 SUD/WES/031 WES/NOR/031 WES/SUD/031");
    /* a relative clause codes nothing */
    assert_string_equal(code("Norland, which attacked Sudria, is big.", 0), "");
    dict.opt.petrarch2 = false;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_simple_source_verb_target),
        cmocka_unit_test(test_word_endings),
        cmocka_unit_test(test_nouns_are_not_verbs),
        cmocka_unit_test(test_patterns),
        cmocka_unit_test(test_compounds_and_pairs),
        cmocka_unit_test(test_clauses),
        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_pronouns_and_passive),
        cmocka_unit_test(test_special_codes),
        cmocka_unit_test(test_dated_codes),
        cmocka_unit_test(test_options_change_coding),
        cmocka_unit_test(test_garbage_is_harmless),
        cmocka_unit_test(test_petrarch2_rules),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
