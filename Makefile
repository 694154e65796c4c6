# The two commands the README promises: `make run` and `make test`.
BUILD_DIR ?= build
DB ?= motcua.db
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: deps e2e-deps configure build run test bench clean

deps:
	@bash scripts/install-deps.sh

e2e-deps:
	@bash scripts/install-e2e-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/motcua serve --db $(DB) --port $(PORT) --demo --demo-dossiers 200

# Unit and API tests (CTest), then the browser tests (Playwright on Debian's Chromium).
test: build e2e-deps
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)
	cd tests/e2e && MOTCUA_BIN=$(abspath $(BUILD_DIR))/motcua npm test

bench: build
	@for b in $(BUILD_DIR)/bench/*_bench; do echo "== $$b"; $$b; done

clean:
	rm -rf $(BUILD_DIR)
