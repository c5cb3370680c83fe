package dev.augur.processor.reader;

import dev.augur.processor.check.Suggestions;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The ANN ordering of {@code @Select(orderByAnn = "embedding")}: the column of the named property,
 * and the parameter holding the query vector, the last one that no marker of the method's clauses
 * names. Only what the name and the parameters can get wrong is reported here; every rule of ANN
 * ordering itself (a vector column, its index, the LIMIT, no other ordering) is the statement
 * checker's, which the written select goes through.
 */
final class AnnOrdering {
  /** The ordering: {@code column ANN OF :marker}, {@code marker} naming the vector parameter. */
  record Ann(ColumnModel column, VariableElement vector, String marker) {
    // embedding ANN OF :query
    String cql() {
      return CqlWriter.name(column) + " ANN OF " + marker;
    }
  }

  private AnnOrdering() {}

  /**
   * The ordering {@code method} asks for on {@code table}, or null after reporting why there is
   * none; {@code clauses} are its customWhere, limit and perPartitionLimit.
   */
  static Ann read(
      CrudMethod method, TableModel table, String property, String clauses, Report report) {
    List<ColumnModel> properties =
        table.columns().stream().filter(c -> c.role() != ColumnModel.Role.COMPUTED).toList();
    ColumnModel column =
        properties.stream().filter(c -> c.property().equals(property)).findFirst().orElse(null);
    if (column == null) {
      List<String> names = properties.stream().map(ColumnModel::property).toList();
      String closest = Suggestions.closest(property, names);
      report.error(
          method.element(),
          method.annotation(),
          Annotations.explicitValue(method.annotation(), "orderByAnn"),
          Message.SELECT_ANN_PROPERTY,
          "@Select on " + method.display(),
          property,
          table.entity().simpleName(),
          closest == null ? "" : " (did you mean " + closest + "?)",
          String.join(", ", names));
      return null;
    }
    Set<String> named = new HashSet<>();
    for (Marker marker : MarkerScanner.scan(clauses).markers()) {
      if (!marker.isPositional()) {
        named.add(CqlNames.internal(marker.name()));
      }
    }
    List<VariableElement> free =
        method.parameters(0).stream()
            .filter(p -> !named.contains(p.getSimpleName().toString().toLowerCase(Locale.ROOT)))
            .toList();
    if (free.isEmpty()) {
      report.error(
          method.element(),
          method.annotation(),
          Annotations.explicitValue(method.annotation(), "orderByAnn"),
          Message.SELECT_ANN_VECTOR,
          "@Select on " + method.display(),
          column.cqlName());
      return null;
    }
    VariableElement vector = free.get(free.size() - 1);
    // Unquoted, the marker matches the parameter however CQL folds it; a reserved word is quoted.
    return new Ann(
        column, vector, ":" + CqlNames.quoteIfReserved(vector.getSimpleName().toString()));
  }
}
