package dev.augur.processor.check;

import dev.augur.processor.cql.Statement;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.JavaCqlTypes;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement's result against the method's return type: entities need every column they read,
 * with types the driver converts; a count needs an integer first column; a Boolean (applied or not)
 * needs a condition; and only a SELECT returns rows.
 */
final class ResultChecker {
  private final Analysis analysis;

  ResultChecker(Analysis analysis) {
    this.analysis = analysis;
  }

  void check(Statement statement, Selection selection, CheckContext.Expected expected) {
    ReturnKind kind = expected.kind();
    if (kind == ReturnKind.VOID) {
      return;
    }
    boolean conditional = conditional(statement);
    if (kind == ReturnKind.APPLIED || kind == ReturnKind.LWT) {
      if (!conditional) {
        analysis.error(Message.RESULT_APPLIED);
      }
      return;
    }
    if (!(statement instanceof Statement.Select)) {
      String fix =
          conditional
              ? ", or CompletionStage<Boolean> or CompletionStage<LwtResult<E>> for whether it was"
                  + " applied"
              : "";
      analysis.error(Message.RESULT_NO_ROWS, kind.display(), statement.kind(), fix);
      return;
    }
    if (selection == null) {
      return; // unknown table: the runtime checks the result when the DAO is created
    }
    if (kind == ReturnKind.COUNT) {
      CqlType first = selection.columns().get(0).type();
      if (!(first instanceof CqlType.Unknown)
          && (!TypeRules.isNumber(first) || isFloating(first))) {
        analysis.error(Message.RESULT_COUNT, selection.columns().get(0).name(), first.cql());
      }
      return;
    }
    List<String> missing = new ArrayList<>();
    for (CheckContext.EntityColumn column : expected.columns()) {
      Selection.ResultColumn found =
          selection.columns().stream()
              .filter(c -> c.name().equals(column.name()))
              .findFirst()
              .orElse(null);
      if (found == null) {
        missing.add(column.name());
        continue;
      }
      CqlType java =
          JavaCqlTypes.defaultType(column.type(), (ks, name) -> analysis.catalog().type(ks, name));
      if (!JavaCqlTypes.compatible(java, found.type())) {
        analysis.error(
            Message.RESULT_COLUMN_TYPE,
            expected.entity(),
            column.property(),
            column.type().typeName(),
            found.name(),
            found.type().cql(),
            java.cql());
      }
    }
    if (!missing.isEmpty()) {
      String columns = String.join(", ", missing);
      analysis.error(
          Message.RESULT_COLUMNS, expected.entity(), columns, expected.entity(), columns);
    }
  }

  private static boolean isFloating(CqlType type) {
    return CqlType.is(type, CqlType.NativeType.FLOAT)
        || CqlType.is(type, CqlType.NativeType.DOUBLE)
        || CqlType.is(type, CqlType.NativeType.DECIMAL);
  }

  static boolean conditional(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      return insert.ifNotExists();
    }
    if (statement instanceof Statement.Update update) {
      return update.isConditional();
    }
    if (statement instanceof Statement.Delete delete) {
      return delete.isConditional();
    }
    if (statement instanceof Statement.Batch batch) {
      return batch.statements().stream().anyMatch(ResultChecker::conditional);
    }
    return false;
  }
}
