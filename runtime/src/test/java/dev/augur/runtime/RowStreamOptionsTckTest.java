package dev.augur.runtime;

import java.time.Duration;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;

/**
 * The TCK against streams that end through their options rather than their result: an unbounded
 * result cut at {@code elements} rows by {@link StreamOptions#maxRows}, with a page callback and a
 * (distant) deadline armed, so that the options' paths keep every rule too. Same coverage as {@link
 * RowStreamTckTest}.
 */
public class RowStreamOptionsTckTest extends FlowPublisherVerification<Long> {
  public RowStreamOptionsTckTest() {
    super(new TestEnvironment(300, 100), 1_000);
  }

  @Override
  public Flow.Publisher<Long> createFlowPublisher(long elements) {
    StreamOptions options =
        StreamOptions.DEFAULTS.onPage((page, rows) -> {}).deadline(Duration.ofMinutes(5));
    if (elements == 0) {
      return FakePages.of(0, 5).stream(options, null);
    }
    return FakePages.of(Long.MAX_VALUE, 5).stream(options.maxRows(elements), null);
  }

  @Override
  public Flow.Publisher<Long> createFailedFlowPublisher() {
    return FakePages.closed().stream(StreamOptions.DEFAULTS.maxRows(10), null);
  }
}
