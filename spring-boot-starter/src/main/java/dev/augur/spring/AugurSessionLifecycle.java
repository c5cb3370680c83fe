package dev.augur.spring;

import dev.augur.runtime.AugurSession;
import org.springframework.context.SmartLifecycle;

/**
 * Closes the Augur session at shutdown, in a phase after the web server's: Boot's graceful
 * shutdown first stops taking requests and lets those in flight finish (phase {@code
 * WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE}), then the server stops ({@code
 * START_STOP_LIFECYCLE_PHASE}), and only then does this drain Augur's calls still in flight (up to
 * {@code augur.close-timeout}) and refuse new ones. Beans are destroyed after every phase has
 * stopped, so a {@code CqlSession} Boot owns is closed by Boot after the drain, once.
 */
public final class AugurSessionLifecycle implements SmartLifecycle {
  /** Below Boot's web server phases (DEFAULT_PHASE - 1024 and - 2048): stopped after them. */
  public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private final AugurSession session;
  private volatile boolean running;

  AugurSessionLifecycle(AugurSession session) {
    this.session = session;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    session.close();
    running = false;
  }

  @Override
  public void stop(Runnable callback) {
    session
        .closeAsync()
        .whenComplete(
            (ignored, error) -> {
              running = false;
              callback.run();
            });
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
