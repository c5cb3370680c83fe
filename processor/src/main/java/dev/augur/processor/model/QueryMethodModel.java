package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A DAO method that runs one statement: a {@code @Query}, a derived query, or a CRUD method
 * ({@code @Insert}, {@code @Select}, {@code @Update}, {@code @Delete}, {@code @Increment}) whose
 * CQL the processor wrote.
 *
 * @param name the method's name
 * @param cql the statement, possibly with {@code ${qualifiedTable}}-style placeholders
 * @param idempotent whether the statement may be retried or executed speculatively
 * @param parameters parameters bound to markers by name, in declaration order
 * @param returnKind the shape of the result
 * @param returnType the declared return type, as the generated override repeats it
 * @param entity the entity rows become, or {@code null}
 * @param entityMapper the generated mapper of {@code entity}, or {@code null}
 * @param element the method, for diagnostics
 * @param entityArgument the parameter whose entity (or entities, in one batch) binds the markers
 *     named after its columns; {@code null} when there is none
 * @param tableMapper the mapper whose table fills the CQL's placeholders; {@code null} if none
 * @param options a {@code StatementOptions} expression from {@code @StatementAttributes}; {@code
 *     null} for none
 * @param optionsParameter the name of a trailing {@code StatementOptions} parameter, or {@code
 *     null}
 * @param signature every Java parameter in declaration order, as the override declares them
 * @param callArgument the parameter passed to the final runtime call: the {@code PageRequest} of a
 *     page, or the {@code StreamOptions} of a stream; {@code null} for none
 * @param unqualifiedTables offsets in {@code cql} of table names written without a keyspace, which
 *     a DAO created for a keyspace qualifies with it
 * @param reactive the reactive library's type the method returns around {@code returnKind}'s
 *     result, or {@code null} for {@code CompletionStage} and the publishers
 */
public record QueryMethodModel(
    String name,
    String cql,
    boolean idempotent,
    List<ParameterModel> parameters,
    ReturnKind returnKind,
    TypeName returnType,
    ClassName entity,
    ClassName entityMapper,
    ExecutableElement element,
    EntityArgument entityArgument,
    ClassName tableMapper,
    CodeBlock options,
    String optionsParameter,
    List<JavaParameter> signature,
    String callArgument,
    List<Integer> unqualifiedTables,
    ReactiveType reactive)
    implements DaoMethodModel {

  public QueryMethodModel {
    parameters = List.copyOf(parameters);
    signature = List.copyOf(signature);
    unqualifiedTables = List.copyOf(unqualifiedTables);
  }

  /** A method whose every parameter binds a marker: the plain {@code @Query} form. */
  public QueryMethodModel(
      String name,
      String cql,
      boolean idempotent,
      List<ParameterModel> parameters,
      ReturnKind returnKind,
      TypeName returnType,
      ClassName entity,
      ClassName entityMapper,
      ExecutableElement element) {
    this(
        name,
        cql,
        idempotent,
        parameters,
        returnKind,
        returnType,
        entity,
        entityMapper,
        element,
        null,
        null,
        null,
        null,
        parameters.stream().map(p -> new JavaParameter(p.name(), p.type().typeName())).toList(),
        null,
        List.of(),
        null);
  }

  /**
   * A parameter holding an entity, or a collection of them written in one batch.
   *
   * @param parameter the parameter's name
   * @param mapper the entity's generated mapper
   * @param nullSaving the {@code NullSaving} constant's name
   * @param batchKind the {@code BatchKind} constant's name for a collection; {@code null} for one
   *     entity
   * @param elementType the entity type (the collection's element type for a batch)
   */
  public record EntityArgument(
      String parameter,
      ClassName mapper,
      String nullSaving,
      String batchKind,
      TypeName elementType) {
    public boolean isBatch() {
      return batchKind != null;
    }
  }

  /** A Java parameter of the method, as declared. */
  public record JavaParameter(String name, TypeName type) {}
}
