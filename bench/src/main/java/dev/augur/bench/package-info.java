/**
 * Augur's benchmarks. Everything here compares Augur side by side with hand-written driver code
 * (and the driver's own mapper) in one run; see {@code bench/README.md} for the commands.
 */
package dev.augur.bench;
