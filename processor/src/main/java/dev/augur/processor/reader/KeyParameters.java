package dev.augur.processor.reader;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Binds method parameters to primary key columns by position, as {@code @Select}, {@code @Delete}
 * and {@code @Increment} take them: the partition key whole, then any prefix of the clustering
 * columns. A parameter named by a marker of the method's own clauses ({@code :n} in {@code limit =
 * ":n"}) is left to bind by name.
 */
final class KeyParameters {

  /** The key columns the parameters restrict, and the parameters that bind them. */
  record Bound(List<ColumnModel> key, List<ParameterModel> parameters) {}

  Optional<Bound> bind(
      String display,
      ExecutableElement method,
      AnnotationMirror annotation,
      List<VariableElement> parameters,
      String clauses,
      TableModel table,
      boolean keyRequired,
      TypeMapper typeMapper,
      Report report) {
    Set<String> named = new HashSet<>();
    for (Marker marker : MarkerScanner.scan(clauses).markers()) {
      if (!marker.isPositional()) {
        named.add(CqlNames.internal(marker.name()));
      }
    }
    List<VariableElement> positional =
        parameters.stream()
            .filter(p -> !named.contains(p.getSimpleName().toString().toLowerCase(Locale.ROOT)))
            .toList();
    List<ColumnModel> primaryKey = table.primaryKey();
    int partitionKeySize = table.columns(ColumnModel.Role.PARTITION_KEY).size();
    String keyNames =
        primaryKey.stream().map(ColumnModel::cqlName).collect(Collectors.joining(", "));
    String problem = null;
    if (positional.size() > primaryKey.size()) {
      problem =
          "more parameters than key columns. Remove the extra ones, or bind them by name"
              + " in the annotation's clauses.";
    } else if (positional.isEmpty() && keyRequired) {
      problem =
          "at least the partition key must be given; a statement without it would touch"
              + " every partition.";
    } else if (!positional.isEmpty() && positional.size() < partitionKeySize) {
      problem =
          "the partition key must be given whole: Cassandra finds a partition only from"
              + " all of its key columns (restricting clustering columns needs the partition key"
              + " first). Add the missing partition key parameters.";
    }
    if (problem != null) {
      report.error(
          method,
          annotation,
          null,
          Message.KEY_PARAMETERS,
          display,
          positional.size(),
          keyNames,
          table.entity().simpleName(),
          problem);
      return Optional.empty();
    }
    List<ParameterModel> bound = new ArrayList<>();
    boolean clean = true;
    for (int i = 0; i < positional.size(); i++) {
      VariableElement parameter = positional.get(i);
      ColumnModel column = primaryKey.get(i);
      Optional<MappedType> type = typeMapper.map(parameter, parameter.asType());
      boolean fits =
          type.isPresent()
              && column.type() != null
              && type.get().typeName().box().equals(column.type().typeName().box());
      if (!fits) {
        report.error(
            parameter,
            Message.KEY_PARAMETER_TYPE,
            display,
            parameter.getSimpleName(),
            parameter.asType(),
            column.cqlName(),
            column.type() == null ? "?" : column.type().typeName());
        clean = false;
        continue;
      }
      bound.add(
          new ParameterModel(
              parameter.getSimpleName().toString(), CqlWriter.name(column), type.get()));
    }
    return clean
        ? Optional.of(new Bound(primaryKey.subList(0, positional.size()), bound))
        : Optional.empty();
  }

  /** ", did you mean x?" for the closest counter name, or "" when none is close. */
  static String didYouMean(String name, List<ColumnModel> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ColumnModel candidate : candidates) {
      int distance =
          distance(name.toLowerCase(Locale.ROOT), candidate.property().toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate.property();
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3)
        ? "; did you mean " + best + "?"
        : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
