# Makefile — builds libsitrep, the sitrep CLI, the gazetteer builder, the
# gazetteer itself and the tests.  `make` builds; `make test` runs the unit
# and end-to-end tests; `make asan` runs the tests again under ASan+UBSan.
# BUILD selects the output folder so sanitizer builds never mix objects.

BUILD   ?= build
CC      ?= gcc
CSTD     = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
OPT     ?= -O2 -g
SAN     ?=
PKGS     = json-c libutf8proc sqlite3 libmicrohttpd libpq
CFLAGS  += $(CSTD) $(WARN) $(OPT) $(SAN) -Iinclude -Isrc \
           $(shell pkg-config --cflags $(PKGS)) \
           -DSITREP_DEFAULT_DATA='"$(CURDIR)/data"' \
           -DSITREP_DEFAULT_GAZ='"$(CURDIR)/build/gazetteer.bin"'
LDLIBS  += $(shell pkg-config --libs $(PKGS)) -lm -pthread
TESTLIBS = -lcmocka

LIB_SRC  = $(filter-out src/main.c src/cmd_%.c src/%_test.c,$(wildcard src/*.c))
CLI_SRC  = src/main.c $(wildcard src/cmd_*.c)
CLI_OBJ  = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/web_assets.o
TEST_SRC = $(wildcard src/*_test.c)
TESTS    = $(TEST_SRC:src/%.c=$(BUILD)/test/%)
HDRS     = include/sitrep.h $(wildcard src/*.h)

.PHONY: all test asan asan-build gazetteer clean bench bench-serve install
PREFIX ?= /usr/local
all: $(BUILD)/sitrep $(BUILD)/gazbuild $(TESTS)

$(BUILD)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libsitrep.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/sitrep: $(CLI_OBJ) $(BUILD)/libsitrep.a
	$(CC) $(CFLAGS) $^ $(LDLIBS) -o $@

$(BUILD)/gazbuild: tools/gazbuild.c $(BUILD)/libsitrep.a $(HDRS)
	$(CC) $(CFLAGS) tools/gazbuild.c $(BUILD)/libsitrep.a $(LDLIBS) -o $@

$(BUILD)/test/%_test: src/%_test.c $(BUILD)/libsitrep.a $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $< $(BUILD)/libsitrep.a $(LDLIBS) $(TESTLIBS) -o $@

# The web page of `sitrep serve`, compiled in: tools/embed.c turns each
# URLPATH=FILE into a byte array (src/serve.h's sr_web_assets).  The d3-geo,
# topojson-client and world-atlas files come from the pinned npm packages.
NM = node_modules
WEB_ASSETS = /=web/index.html /app.js=web/app.js /style.css=web/style.css \
    /vendor/d3-array.min.js=$(NM)/d3-array/dist/d3-array.min.js:vendor \
    /vendor/d3-geo.min.js=$(NM)/d3-geo/dist/d3-geo.min.js:vendor \
    /vendor/topojson-client.min.js=$(NM)/topojson-client/dist/topojson-client.min.js:vendor \
    /vendor/countries-50m.json=$(NM)/world-atlas/countries-50m.json:vendor \
    /vendor/d3-array.LICENSE.txt=$(NM)/d3-array/LICENSE:vendor \
    /vendor/d3-geo.LICENSE.txt=$(NM)/d3-geo/LICENSE:vendor \
    /vendor/topojson-client.LICENSE.txt=$(NM)/topojson-client/LICENSE:vendor \
    /vendor/world-atlas.LICENSE.txt=$(NM)/world-atlas/LICENSE:vendor
WEB_FILES = $(foreach a,$(WEB_ASSETS),$(firstword $(subst :, ,$(lastword $(subst =, ,$(a))))))

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) tools/embed.c -o $@

$(BUILD)/gen/web_assets.c: $(BUILD)/embed $(WEB_FILES)
	@mkdir -p $(dir $@)
	$(BUILD)/embed $@ $(WEB_ASSETS)

$(BUILD)/obj/web_assets.o: $(BUILD)/gen/web_assets.c src/serve.h include/sitrep.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# The gazetteer is built from the pinned npm packages (see package.json).
gazetteer: build/gazetteer.bin
build/gazetteer.bin: build/gazbuild data/lexicon/countries.lex node_modules/.package-lock.json
	build/gazbuild --node-modules node_modules --countries data/lexicon/countries.lex -o $@

test: all
	tests/run.sh $(BUILD)

asan-build:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	    build-asan/sitrep $(patsubst $(BUILD)/%,build-asan/%,$(TESTS))

asan: asan-build
	tests/run.sh build-asan

bench: all
	bench/run.sh

# load test of `sitrep serve` (wrk, 30 s on loopback); not part of the tests
bench-serve: all
	bench/serve.sh $(BUILD)

# Installs the CLI, the library, the header, the lexicons and the gazetteer;
# an installed sitrep finds its data in ../share/sitrep beside its binary.
install: all build/gazetteer.bin
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/share/sitrep/lexicon
	install -m 755 $(BUILD)/sitrep $(DESTDIR)$(PREFIX)/bin/sitrep
	install -m 644 $(BUILD)/libsitrep.a $(DESTDIR)$(PREFIX)/lib/libsitrep.a
	install -m 644 include/sitrep.h $(DESTDIR)$(PREFIX)/include/sitrep.h
	install -m 644 data/lexicon/*.lex $(DESTDIR)$(PREFIX)/share/sitrep/lexicon/
	install -m 644 build/gazetteer.bin $(DESTDIR)$(PREFIX)/share/sitrep/gazetteer.bin

clean:
	rm -rf build build-asan
