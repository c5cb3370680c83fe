package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a statement as text, for error messages and the slow-call log of a session that
 * opted in with {@code logBoundValues(true)}; never used otherwise. Each value is cut at {@value
 * #MAX_VALUE_LENGTH} characters.
 */
final class BoundValues {
  static final int MAX_VALUE_LENGTH = 60;

  private BoundValues() {}

  static String describe(Statement<?> statement, CodecRegistry registry, ProtocolVersion version) {
    if (statement instanceof BatchStatement batch) {
      return "a batch of " + batch.size() + " statements";
    }
    if (!(statement instanceof BoundStatement bound)) {
      return "none";
    }
    ColumnDefinitions variables = bound.getPreparedStatement().getVariableDefinitions();
    List<String> values = new ArrayList<>(variables.size());
    for (int i = 0; i < variables.size(); i++) {
      ColumnDefinition variable = variables.get(i);
      values.add(
          variable.getName().asCql(true) + "=" + value(bound, i, variable, registry, version));
    }
    return String.join(", ", values);
  }

  private static String value(
      BoundStatement bound,
      int i,
      ColumnDefinition variable,
      CodecRegistry registry,
      ProtocolVersion version) {
    if (!bound.isSet(i)) {
      return "<unset>";
    }
    ByteBuffer bytes = bound.getBytesUnsafe(i);
    if (bytes == null) {
      return "NULL";
    }
    String text;
    try {
      TypeCodec<Object> codec = registry.codecFor(variable.getType());
      text = codec.format(codec.decode(bytes.duplicate(), version));
    } catch (RuntimeException e) {
      text = "<" + bytes.remaining() + " bytes>";
    }
    return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "...";
  }
}
