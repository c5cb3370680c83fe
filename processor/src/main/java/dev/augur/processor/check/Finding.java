package dev.augur.processor.check;

import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One problem the checker found in a statement.
 *
 * @param severity an error where Cassandra rejects the statement, a warning where it only warns
 * @param message the message, whose first argument is the subject the caller supplies
 * @param arguments the message's other arguments
 */
public record Finding(Severity severity, Message message, List<Object> arguments) {

  /** Whether the problem makes the statement fail. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Finding {
    arguments = List.copyOf(arguments);
  }

  static Finding error(Message message, Object... arguments) {
    return new Finding(Severity.ERROR, message, Arrays.asList(arguments));
  }

  static Finding warning(Message message, Object... arguments) {
    return new Finding(Severity.WARNING, message, Arrays.asList(arguments));
  }

  /** The message about {@code subject}, such as {@code @Query on UserDao.find()}. */
  public String format(String subject) {
    List<Object> all = new ArrayList<>();
    all.add(subject);
    all.addAll(arguments);
    return message.format(all.toArray());
  }

  /** The arguments, with the subject in front, for {@code Report.error(..., message, args)}. */
  public Object[] argumentsWith(String subject) {
    List<Object> all = new ArrayList<>();
    all.add(subject);
    all.addAll(arguments);
    return all.toArray();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
