# The README's two commands: `make run` and `make test`. Both install what is missing first.
.PHONY: run test bench fuzz fuzz-ci deps build clean

# Each fuzz target runs this long (`make fuzz FUZZ_SECONDS=600` for a longer session).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = text_fuzz markdown_fuzz html_fuzz json_fuzz timex_fuzz figures_fuzz claim_fuzz expectation_fuzz

SAMPLES ?= data/samples/harbor-water-ransomware

run: build
	./build/dev/src/timeline build $(SAMPLES)

test: deps
	cmake --preset dev
	cmake --build --preset dev
	ctest --preset dev
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan
	$(MAKE) fuzz-ci

# Benchmarks on the Release build, one table at the end (docs/performance.md). The 100,000-article
# corpus is opt-in: make bench BENCH_SIZES="1000 10000 100000".
BENCH_SIZES ?= 1000 10000
bench: deps
	cmake --preset release
	cmake --build --preset release --target timeline timex_bench gen_corpus extract_bench correlate_bench
	BENCH_SIZES="$(BENCH_SIZES)" sh bench/run.sh

# Seeds: the samples and example corpora for the text parsers; the samples' claim records from
# fuzz/claim_seeds on the samples for claim_fuzz; the samples' expected.json for
# expectation_fuzz. New inputs go to build/fuzz/corpus/TARGET; a crash, leak or hang stops
# with the input in build/fuzz/ (turn it into a Catch2 test under tests/, see docs/security.md).
fuzz:
	@sh scripts/install-deps.sh fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz --target $(FUZZ_TARGETS) claim_seeds
	@rm -rf build/fuzz/seeds && mkdir -p build/fuzz/seeds/claim_fuzz build/fuzz/seeds/expectation_fuzz
	@for d in data/samples/*/; do \
	  n=$$(basename $$d); \
	  ./build/fuzz/fuzz/claim_seeds $$d > build/fuzz/seeds/claim_fuzz/$$n.jsonl || exit 1; \
	  cp $$d/expected.json build/fuzz/seeds/expectation_fuzz/$$n.json; \
	done
	@for t in $(FUZZ_TARGETS); do \
	  case $$t in \
	    claim_fuzz|expectation_fuzz) seeds=build/fuzz/seeds/$$t ;; \
	    *) seeds="data/samples data/examples" ;; \
	  esac; \
	  mkdir -p build/fuzz/corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  ./build/fuzz/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix=build/fuzz/$$t- build/fuzz/corpus/$$t $$seeds 2>build/fuzz/$$t.log \
	    || { tail -60 build/fuzz/$$t.log; exit 1; }; \
	  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' build/fuzz/$$t.log | tr '\n' ' '; echo; \
	done

# CI (make test): every fuzz target for 60 seconds.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=60

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake --preset dev
	cmake --build --preset dev

clean:
	rm -rf build
