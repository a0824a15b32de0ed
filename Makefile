# The README's two commands: `make run` and `make test`. Both install what is missing first.
.PHONY: run test bench deps build clean

SAMPLES ?= data/samples

run: build
	./build/dev/src/timeline extract $(SAMPLES)

test: deps
	cmake --preset dev
	cmake --build --preset dev
	ctest --preset dev
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

bench: deps
	cmake --preset release
	cmake --build --preset release
	./build/release/bench/timex_bench

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake --preset dev
	cmake --build --preset dev

clean:
	rm -rf build
