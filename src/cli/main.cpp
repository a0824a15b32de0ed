#include "cli/app.hpp"

int main(int argc, char** argv) { return timeline::cli::run(argc, argv); }
