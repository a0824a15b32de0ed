# The README's two commands: `make run` and `make test`. Both install what is missing first.
.PHONY: run test deps build build-asan clean

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

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake --preset dev
	cmake --build --preset dev

clean:
	rm -rf build
