# The README's two commands: `make run` and `make test`. Both install what is missing first.
.PHONY: run test bench fuzz deps build clean

FUZZ_SECONDS ?= 60

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

# Benchmarks on the Release build, one table at the end (docs/performance.md). The 100,000-article
# corpus is opt-in: make bench BENCH_SIZES="1000 10000 100000".
BENCH_SIZES ?= 1000 10000
bench: deps
	cmake --preset release
	cmake --build --preset release --target timeline timex_bench gen_corpus extract_bench correlate_bench
	BENCH_SIZES="$(BENCH_SIZES)" sh bench/run.sh

fuzz:
	@sh scripts/install-deps.sh fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz
	@for t in timex_fuzz load_fuzz figures_fuzz; do \
	  mkdir -p build/fuzz/corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  ./build/fuzz/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -artifact_prefix=build/fuzz/ \
	    build/fuzz/corpus/$$t data/samples data/examples \
	    || exit 1; \
	done

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake --preset dev
	cmake --build --preset dev

clean:
	rm -rf build
