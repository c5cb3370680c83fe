package dev.augur.processor.check;

import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.JavaCqlTypes;
import dev.augur.processor.validation.Message;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Marker types against the Java types of the parameters they bind: the driver must have a codec
 * between them, or every call fails. Markers without a parameter are the reader's to report.
 */
final class BindingChecker {
  private final Analysis analysis;

  BindingChecker(Analysis analysis) {
    this.analysis = analysis;
  }

  void check(Map<String, CheckContext.Parameter> parameters) {
    Set<String> reported = new HashSet<>();
    for (MarkerUse use : analysis.markers()) {
      if (use.marker().isPositional() || use.type() instanceof CqlType.Unknown) {
        continue;
      }
      CheckContext.Parameter parameter = parameters.get(use.marker().name());
      if (parameter == null || parameter.type() == null) {
        continue;
      }
      CqlType java =
          JavaCqlTypes.defaultType(
              parameter.type(), (ks, name) -> analysis.catalog().type(ks, name));
      if (!JavaCqlTypes.compatible(java, use.type()) && reported.add(parameter.name())) {
        analysis.error(
            Message.PARAMETER_TYPE,
            parameter.name(),
            parameter.type().typeName(),
            use.marker().written(),
            use.receiver(),
            use.type().cql(),
            JavaCqlTypes.javaTypeFor(use.type()));
      }
    }
  }
}
