package dev.augur.runtime;

import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;

/**
 * The Reactive Streams TCK (1.0.4, {@code Flow} flavour) against {@link RowStream}, with pages of
 * three rows that complete at once, so that every signal runs on the thread that requested: the
 * recursion rules (3.2, 3.3) are exercised at their hardest here.
 *
 * <p>All 38 TCK methods run: every {@code required_*} rule and the {@code stochastic_} rule 1.3
 * pass, and so do all the optional ones: 1.4 (a failure is {@code onError}; the failed publisher is
 * one whose session is closed, which fails subscribers at once), 1.5, 1.11 (several subscribers,
 * each running the query; multicast in the same order) and 3.9's message. The 7 skipped are the
 * TCK's {@code untested_*} methods, rules it has no test for: 1.6, 1.7 after onError, 1.8, 1.9
 * (subscribe not throwing), 1.10, 3.4 and 3.5. None is skipped by this class.
 *
 * <p>{@link RowStreamAsyncTckTest} runs the same with pages and signals on other threads, and
 * {@link RowStreamOptionsTckTest} with streams cut short by their options.
 */
public class RowStreamTckTest extends FlowPublisherVerification<Long> {
  public RowStreamTckTest() {
    super(new TestEnvironment(300, 100), 1_000);
  }

  @Override
  public Flow.Publisher<Long> createFlowPublisher(long elements) {
    return FakePages.of(elements, 3).stream(StreamOptions.DEFAULTS, null);
  }

  @Override
  public Flow.Publisher<Long> createFailedFlowPublisher() {
    return FakePages.closed().stream(StreamOptions.DEFAULTS, null);
  }
}
