package dev.augur.processor.derived;

import dev.augur.processor.check.Suggestions;
import dev.augur.processor.derived.DerivedQuery.Action;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.ReturnTypeReader;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the entity a derived method queries, and reads its name against that entity's properties: a
 * find queries the entity it returns; a count, exists or delete the entity of its DAO, or among
 * several, the one whose properties the name reads with.
 */
final class DerivedTargets {
  private final Function<TypeElement, Optional<TableModel>> tables;

  DerivedTargets(Function<TypeElement, Optional<TableModel>> tables) {
    this.tables = tables;
  }

  /** An entity the name reads against, and the query it reads as. */
  record Candidate(TableModel model, DerivedQuery query) {}

  /**
   * The entity of the query: the one rows become, else the DAO's; among several, the one whose
   * properties the name reads with.
   */
  Optional<Candidate> resolve(
      TypeElement dao,
      Action action,
      ReturnTypeReader.Classified returned,
      ExecutableElement method,
      String subject,
      Report report) {
    List<TypeElement> candidates = new ArrayList<>();
    if (action == Action.FIND) {
      candidates.add(DaoEntities.element(returned.entity(), method));
    } else {
      candidates.addAll(DaoEntities.of(dao));
    }
    if (candidates.isEmpty()) {
      report.error(
          method,
          Message.DERIVED_ENTITY,
          subject,
          "no method of the DAO returns or takes a @Table entity, so Augur cannot tell which table"
              + " it queries");
      return Optional.empty();
    }
    List<Candidate> readable = new ArrayList<>();
    DerivedNameParser.InvalidNameException firstError = null;
    TableModel firstModel = null;
    for (TypeElement element : candidates) {
      Optional<TableModel> model = tables.apply(element);
      if (model.isEmpty()) {
        continue; // the entity's own errors are reported on it
      }
      try {
        readable.add(
            new Candidate(
                model.get(),
                new DerivedNameParser(properties(model.get()))
                    .parse(method.getSimpleName().toString())));
      } catch (DerivedNameParser.InvalidNameException e) {
        if (firstError == null) {
          firstError = e;
          firstModel = model.get();
        }
      }
    }
    if (readable.size() == 1) {
      return Optional.of(readable.get(0));
    }
    if (readable.size() > 1) {
      report.error(
          method,
          Message.DERIVED_ENTITY,
          subject,
          "the DAO uses several entities whose properties its name fits ("
              + String.join(
                  ", ", readable.stream().map(c -> c.model().entity().simpleName()).toList())
              + ")");
    } else if (firstError != null) {
      reportName(firstError, firstModel, method, subject, report);
    }
    return Optional.empty();
  }

  private static void reportName(
      DerivedNameParser.InvalidNameException error,
      TableModel model,
      ExecutableElement method,
      String subject,
      Report report) {
    if (error.property() == null) {
      report.error(method, Message.DERIVED_NAME, subject, error.getMessage());
      return;
    }
    List<String> properties = properties(model);
    String unknown = error.property();
    String suggestion =
        Suggestions.closest(
            Character.toLowerCase(unknown.charAt(0)) + unknown.substring(1), properties);
    report.error(
        method,
        Message.DERIVED_PROPERTY,
        subject,
        unknown,
        model.entity().simpleName(),
        suggestion == null
            ? ""
            : " (did you mean " + DerivedNameParser.capitalized(suggestion) + "?)",
        String.join(", ", properties.stream().map(DerivedNameParser::capitalized).toList()));
  }

  static List<String> properties(TableModel model) {
    return model.columns().stream()
        .filter(c -> c.role() != ColumnModel.Role.COMPUTED)
        .map(ColumnModel::property)
        .toList();
  }
}
