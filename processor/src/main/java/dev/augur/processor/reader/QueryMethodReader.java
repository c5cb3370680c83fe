package dev.augur.processor.reader;

import com.squareup.javapoet.TypeName;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.cql.CqlKeywords;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;

/**
 * Reads a {@code @Query} method: its statement, its parameters and the markers they bind, and its
 * return type. Errors about the statement point at the {@code @Query} value.
 */
public final class QueryMethodReader {
  private static final Pattern LEADING_SELECT =
      Pattern.compile(
          "^(\\s|--[^\\n]*\\n|//[^\\n]*\\n|/\\*.*?\\*/)*select\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final TypeMapper typeMapper;
  private final ReturnTypeReader returnTypes;

  public QueryMethodReader(TypeMapper typeMapper, ReturnTypeReader returnTypes) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
  }

  public Optional<QueryMethodModel> read(
      String daoName, ExecutableElement method, ExecutableType signature, Report report) {
    String display = daoName + "." + method.getSimpleName() + "()";
    AnnotationMirror query = Annotations.mirror(method, Annotations.QUERY).orElseThrow();
    AnnotationValue cqlValue = Annotations.explicitValue(query, "value");
    if (cqlValue == null) {
      return Optional.empty(); // @Query without a value: javac reports it
    }
    String cql = (String) cqlValue.getValue();
    boolean clean = true;

    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Message.METHOD_GENERIC, display);
      clean = false;
    }
    Optional<ReturnTypeReader.Classified> returned =
        returnTypes.read(method, signature.getReturnType(), report);
    clean &= returned.isPresent();

    List<MappedType> parameterTypes = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      Optional<MappedType> type = typeMapper.map(signature.getParameterTypes().get(i));
      if (type.isEmpty()) {
        report.error(
            parameter,
            Message.UNMAPPABLE_TYPE,
            "parameter " + parameter.getSimpleName(),
            parameter.asType(),
            TypeMapper.supportedTypes());
        clean = false;
      }
      parameterTypes.add(type.orElse(null));
    }

    if (cql.isBlank()) {
      report.error(method, query, cqlValue, Message.QUERY_EMPTY, display);
      return Optional.empty();
    }
    MarkerScanner.Scan scan = MarkerScanner.scan(cql);
    if (scan.syntaxError() != null) {
      report.error(method, query, cqlValue, Message.UNTERMINATED, display, scan.syntaxError());
      return Optional.empty();
    }
    Map<String, String> markers = new LinkedHashMap<>(); // internal name -> as written
    for (Marker marker : scan.markers()) {
      if (marker.isPositional()) {
        report.error(method, query, cqlValue, Message.POSITIONAL_MARKER, display, marker.offset());
        clean = false;
      } else if (!marker.name().startsWith("\"") && CqlKeywords.isReserved(marker.name())) {
        report.error(
            method,
            query,
            cqlValue,
            Message.RESERVED_MARKER,
            display,
            marker.name(),
            marker.name(),
            marker.name());
        clean = false;
        markers.putIfAbsent(CqlNames.internal(marker.name()), marker.name());
      } else {
        markers.putIfAbsent(CqlNames.internal(marker.name()), marker.name());
      }
    }

    List<ParameterModel> parameters = new ArrayList<>();
    Map<String, String> unmatched = new LinkedHashMap<>(markers);
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      String name = parameter.getSimpleName().toString();
      String marker = matchingMarker(name, markers);
      if (marker == null) {
        report.error(parameter, Message.PARAMETER_WITHOUT_MARKER, name, display, name, name);
        clean = false;
        continue;
      }
      unmatched.remove(CqlNames.internal(marker));
      parameters.add(new ParameterModel(name, marker, parameterTypes.get(i)));
    }
    List<String> parameterNames =
        method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    for (String marker : unmatched.values()) {
      // The parameter name to suggest: the marker as written, without quotes.
      String bare = marker.startsWith("\"") ? CqlNames.internal(marker) : marker;
      report.error(
          method,
          query,
          cqlValue,
          Message.MARKER_WITHOUT_PARAMETER,
          display,
          marker,
          bare,
          bare,
          parameterNames.isEmpty() ? "none" : String.join(", ", parameterNames));
      clean = false;
    }
    if (!clean) {
      return Optional.empty();
    }
    ReturnTypeReader.Classified classified = returned.get();
    return Optional.of(
        new QueryMethodModel(
            method.getSimpleName().toString(),
            cql,
            LEADING_SELECT.matcher(cql).find(),
            parameters,
            classified.kind(),
            TypeName.get(signature.getReturnType()),
            classified.entity(),
            classified.entity() == null ? null : GeneratedNames.entityMapper(classified.entity()),
            method));
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
