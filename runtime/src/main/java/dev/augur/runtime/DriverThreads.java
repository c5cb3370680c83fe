package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;
import com.datastax.oss.driver.internal.core.context.NettyOptions;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;

/** Whether the current thread is one of a driver session's own, where nothing may block. */
final class DriverThreads {
  private DriverThreads() {}

  /**
   * True on the session's I/O and admin threads. A session whose context is not the driver's own (a
   * test double) has none.
   */
  static boolean isDriverThread(CqlSession session) {
    if (!(session.getContext() instanceof InternalDriverContext context)) {
      return false;
    }
    NettyOptions netty = context.getNettyOptions();
    return inGroup(netty.ioEventLoopGroup()) || inGroup(netty.adminEventExecutorGroup());
  }

  private static boolean inGroup(EventExecutorGroup group) {
    for (EventExecutor executor : group) {
      if (executor.inEventLoop()) {
        return true;
      }
    }
    return false;
  }
}
