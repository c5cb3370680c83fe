package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A view of the shared session whose close methods do nothing. One test closing the session (say,
 * out of try-with-resources habit) would otherwise break every test that runs after it in the same
 * JVM, with errors far from the cause. The owner closes the real session.
 */
final class SharedSession {

  private static final Set<String> CLOSE_METHODS = Set.of("close", "closeAsync", "forceCloseAsync");

  private SharedSession() {}

  static CqlSession uncloseable(CqlSession session) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (CLOSE_METHODS.contains(method.getName()) && method.getParameterCount() == 0) {
            return method.getReturnType() == void.class
                ? null
                : CompletableFuture.completedFuture(null);
          }
          if (isObjectMethod(method)) {
            return objectMethod(proxy, method, args, session);
          }
          try {
            return method.invoke(session, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (CqlSession)
        Proxy.newProxyInstance(
            CqlSession.class.getClassLoader(), new Class<?>[] {CqlSession.class}, handler);
  }

  private static boolean isObjectMethod(Method method) {
    return method.getDeclaringClass() == Object.class;
  }

  private static Object objectMethod(
      Object proxy, Method method, Object[] args, CqlSession session) {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return "shared " + session;
    }
  }
}
