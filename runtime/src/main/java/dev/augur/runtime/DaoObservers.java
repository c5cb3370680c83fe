package dev.augur.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The observer a session's builder settings make: none, one, or several at once. */
final class DaoObservers {
  /** Where an observer's own failures go: they never reach the call. */
  static final Logger FAILURES = LoggerFactory.getLogger(DaoObserver.class);

  private DaoObservers() {}

  /** The observer of a session built with {@code observers}: null when there is none. */
  static DaoObserver of(List<DaoObserver> observers) {
    return switch (observers.size()) {
      case 0 -> null;
      case 1 -> observers.get(0);
      default -> new Composite(List.copyOf(observers));
    };
  }

  /** Several observers, each told of every call in the order they were given. */
  private record Composite(List<DaoObserver> observers) implements DaoObserver {
    @Override
    public void sessionStarted(String session, IntSupplier inFlight) {
      observers.forEach(observer -> observer.sessionStarted(session, inFlight));
    }

    @Override
    public DaoObserver.Method statement(ObservedStatement statement) {
      List<DaoObserver.Method> methods = new ArrayList<>(observers.size());
      for (DaoObserver observer : observers) {
        DaoObserver.Method method = observer.statement(statement);
        if (method != null) {
          methods.add(method);
        }
      }
      return methods.isEmpty() ? null : new Methods(methods.toArray(DaoObserver.Method[]::new));
    }
  }

  /** One statement's methods of several observers: one failing leaves the others be. */
  private record Methods(DaoObserver.Method[] methods) implements DaoObserver.Method {
    @Override
    public DaoObserver.Observation start() {
      DaoObserver.Observation[] started = new DaoObserver.Observation[methods.length];
      for (int i = 0; i < methods.length; i++) {
        try {
          started[i] = methods[i].start();
        } catch (RuntimeException e) {
          FAILURES.warn("an observer failed to start a call", e);
        }
      }
      return (nanos, rows, error, slow) -> {
        for (DaoObserver.Observation observation : started) {
          if (observation != null) {
            try {
              observation.end(nanos, rows, error, slow);
            } catch (RuntimeException e) {
              FAILURES.warn("an observer failed to end a call", e);
            }
          }
        }
      };
    }
  }
}
