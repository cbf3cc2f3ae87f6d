/**
 * Measurement and fault drivers run from the jar: {@code bench pipeline|auth|http} ({@code BenchCommand},
 * {@code PipelineBench}, {@code AuthBench}, {@code HttpBench}, with {@code BenchStores} and {@code BenchMeter}) and
 * {@code chaos} ({@code ChaosCommand}, {@code ChaosCluster}: the production topology as processes, SIGKILLed at
 * random, then checked for exactly-once). They start platforms and print figures; nothing that serves depends on them.
 *
 * <p>A new benchmark or fault-injection run goes here.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.bootstrap.bench;
