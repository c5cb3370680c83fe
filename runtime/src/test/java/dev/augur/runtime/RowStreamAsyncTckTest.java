package dev.augur.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;

/**
 * The TCK again, with pages completing on a thread of their own (as the driver's I/O threads
 * complete them) and every signal delivered on a callback executor of four threads, so that
 * serialization (rule 1.3) and visibility across threads are exercised. Same coverage as {@link
 * RowStreamTckTest}.
 */
public class RowStreamAsyncTckTest extends FlowPublisherVerification<Long> {
  private final ExecutorService pageThread = Executors.newSingleThreadExecutor();
  private final ExecutorService callbacks = Executors.newFixedThreadPool(4);

  public RowStreamAsyncTckTest() {
    super(new TestEnvironment(500, 150), 1_000);
  }

  @AfterClass
  public void shutdown() {
    pageThread.shutdownNow();
    callbacks.shutdownNow();
  }

  @Override
  public Flow.Publisher<Long> createFlowPublisher(long elements) {
    return FakePages.async(elements, 3, pageThread).stream(StreamOptions.DEFAULTS, callbacks);
  }

  @Override
  public Flow.Publisher<Long> createFailedFlowPublisher() {
    return FakePages.closed().stream(StreamOptions.DEFAULTS, callbacks);
  }
}
