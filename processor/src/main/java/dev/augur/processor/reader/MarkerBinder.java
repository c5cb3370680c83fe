package dev.augur.processor.reader;

import dev.augur.processor.cql.CqlKeywords;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Matches the named markers of a statement with method parameters: every marker needs a parameter
 * (or an entity column, for markers named after them) and every parameter a marker. Errors point at
 * {@code where}: the {@code @Query} value, or the annotation whose CQL Augur wrote.
 */
final class MarkerBinder {
  private MarkerBinder() {}

  /** Where errors about the statement point. */
  record Location(ExecutableElement method, AnnotationMirror annotation, AnnotationValue value) {}

  /** A parameter that binds markers by its name. */
  record Candidate(VariableElement element, MappedType type) {}

  /**
   * The parameters bound to markers, in declaration order; empty when an error was reported.
   *
   * @param entityColumns markers (internal names) that an entity argument binds
   */
  static Optional<List<ParameterModel>> bind(
      String display,
      String cql,
      Location where,
      List<Candidate> candidates,
      Set<String> entityColumns,
      Report report) {
    MarkerScanner.Scan scan = MarkerScanner.scan(cql);
    if (scan.syntaxError() != null) {
      report.error(
          where.method(),
          where.annotation(),
          where.value(),
          Message.UNTERMINATED,
          display,
          scan.syntaxError());
      return Optional.empty();
    }
    boolean clean = true;
    Map<String, String> markers = new LinkedHashMap<>(); // internal name -> as written
    for (Marker marker : scan.markers()) {
      if (marker.isPositional()) {
        report.error(
            where.method(),
            where.annotation(),
            where.value(),
            Message.POSITIONAL_MARKER,
            display,
            marker.offset());
        clean = false;
      } else {
        if (!marker.name().startsWith("\"") && CqlKeywords.isReserved(marker.name())) {
          report.error(
              where.method(),
              where.annotation(),
              where.value(),
              Message.RESERVED_MARKER,
              display,
              marker.name(),
              marker.name(),
              marker.name());
          clean = false;
        }
        markers.putIfAbsent(CqlNames.internal(marker.name()), marker.name());
      }
    }
    List<ParameterModel> parameters = new ArrayList<>();
    Map<String, String> unmatched = new LinkedHashMap<>(markers);
    entityColumns.forEach(unmatched::remove);
    for (Candidate candidate : candidates) {
      String name = candidate.element().getSimpleName().toString();
      String marker = matchingMarker(name, markers);
      if (marker == null) {
        report.error(
            candidate.element(), Message.PARAMETER_WITHOUT_MARKER, name, display, name, name);
        clean = false;
        continue;
      }
      unmatched.remove(CqlNames.internal(marker));
      parameters.add(new ParameterModel(name, marker, candidate.type()));
    }
    List<String> parameterNames =
        candidates.stream().map(c -> c.element().getSimpleName().toString()).toList();
    for (String marker : unmatched.values()) {
      // The parameter name to suggest: the marker as written, without quotes.
      String bare = marker.startsWith("\"") ? CqlNames.internal(marker) : marker;
      report.error(
          where.method(),
          where.annotation(),
          where.value(),
          Message.MARKER_WITHOUT_PARAMETER,
          display,
          marker,
          bare,
          bare,
          parameterNames.isEmpty() ? "none" : String.join(", ", parameterNames));
      clean = false;
    }
    return clean ? Optional.of(parameters) : Optional.empty();
  }

  /**
   * The marker a parameter binds: an unquoted marker matches case-insensitively, as Cassandra folds
   * it to lower case; a quoted one must match exactly.
   */
  private static String matchingMarker(String parameter, Map<String, String> markers) {
    String exact = markers.get(parameter);
    if (exact != null && exact.startsWith("\"")) {
      return exact;
    }
    String folded = markers.get(parameter.toLowerCase(Locale.ROOT));
    if (folded != null && !folded.startsWith("\"")) {
      return folded;
    }
    return null;
  }
}
