package dev.augur.processor.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.model.DaoModel;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.QueryMethodModel.EntityArgument;
import dev.augur.processor.model.QueryMethodModel.JavaParameter;
import dev.augur.processor.model.ReturnKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates what a statement method needs ({@code @Query}, CRUD, derived): its spec, its prepared
 * query, and its override.
 */
final class QueryMethodGenerator {
  private static final TypeName BOXED_LONG = TypeName.LONG.box();
  private static final TypeName BOXED_VOID = TypeName.VOID.box();

  DaoGenerator.MethodParts generate(
      DaoModel dao, QueryMethodModel method, String fieldName, String constantName) {
    TypeName rowType =
        switch (method.returnKind().rowType()) {
          case ENTITY -> method.entity();
          case COUNT -> BOXED_LONG;
          case NONE -> BOXED_VOID;
        };
    FieldSpec constant = spec(dao, method, constantName);
    FieldSpec field =
        FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.PREPARED_QUERY, rowType),
                fieldName,
                Modifier.PRIVATE,
                Modifier.FINAL)
            .build();
    return new DaoGenerator.MethodParts(
        constant, field, preparation(method, constant), implementation(method, field));
  }

  // private static final QuerySpec FIND_BY_ID = QuerySpec.builder("UserDao.findById", "SELECT ...")
  //     .parameter("id", ValueType.of(GenericType.UUID))
  //     .bindsEntity(User_Mapper.INSTANCE, NullSaving.DO_NOT_SET)
  //     .table(User_Mapper.INSTANCE)
  //     .options(StatementOptions.fromAttributes(...))
  //     .unqualifiedTablesAt(14)
  //     .idempotent(true)
  //     .build();
  private static FieldSpec spec(DaoModel dao, QueryMethodModel method, String constantName) {
    CodeBlock.Builder initializer =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $S)$>$>",
                RuntimeTypes.QUERY_SPEC,
                GeneratedNames.label(dao.dao(), method.name()),
                method.cql());
    for (ParameterModel parameter : method.parameters()) {
      initializer.add("\n.parameter($S, $L)", parameter.marker(), parameter.type().valueType());
    }
    EntityArgument entity = method.entityArgument();
    if (entity != null) {
      initializer.add(
          "\n.bindsEntity($T.INSTANCE, $T.$L)",
          entity.mapper(),
          RuntimeTypes.NULL_SAVING,
          entity.nullSaving());
    }
    if (method.tableMapper() != null) {
      initializer.add("\n.table($T.INSTANCE)", method.tableMapper());
    }
    if (method.options() != null) {
      initializer.add("\n.options($L)", method.options());
    }
    if (!method.unqualifiedTables().isEmpty()) {
      initializer.add(
          "\n.unqualifiedTablesAt($L)",
          method.unqualifiedTables().stream()
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    initializer.add("\n.idempotent($L)", method.idempotent()).add("\n.build()$<$<");
    return FieldSpec.builder(
            RuntimeTypes.QUERY_SPEC,
            constantName,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(initializer.build())
        .build();
  }

  // PreparedQuery.prepare(context, FIND_BY_ID, User_Mapper.INSTANCE)
  private static CodeBlock preparation(QueryMethodModel method, FieldSpec constant) {
    return switch (method.returnKind().rowType()) {
      case ENTITY ->
          CodeBlock.of(
              "$T.prepare(context, $N, $T.INSTANCE)",
              RuntimeTypes.PREPARED_QUERY,
              constant,
              method.entityMapper());
      case COUNT ->
          CodeBlock.of(
              "$T.prepare(context, $N, $T.INSTANCE)",
              RuntimeTypes.PREPARED_QUERY,
              constant,
              RuntimeTypes.COUNT_MAPPING);
      case NONE -> CodeBlock.of("$T.prepare(context, $N)", RuntimeTypes.PREPARED_QUERY, constant);
    };
  }

  // @Override
  // public CompletionStage<Optional<User>> findById(UUID id) {
  //   return this.findById.bind()
  //       .set(0, id)
  //       .executeOptional();
  // }
  // or, for a collection of entities written in one batch:
  //   return this.insertAll.executeBatch(BatchKind.LOGGED, users, (binder, entity) -> binder
  //       .entity(entity));
  private static MethodSpec implementation(QueryMethodModel method, FieldSpec field) {
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    List<JavaParameter> signature = method.signature();
    GeneratedNames.Scope locals = new GeneratedNames.Scope();
    for (JavaParameter parameter : signature) {
      override.addParameter(parameter.type(), parameter.name());
      locals.unique(parameter.name());
    }
    EntityArgument entity = method.entityArgument();
    CodeBlock.Builder bindings = CodeBlock.builder();
    String element = null;
    if (entity != null) {
      element = entity.isBatch() ? locals.unique("entity") : entity.parameter();
      bindings.add("\n.entity($N)", element);
    }
    List<ParameterModel> parameters = method.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      String setter =
          parameter.type().primitive() == null
              ? "set"
              : "set" + parameter.type().primitive().accessorSuffix();
      bindings.add("\n.$L($L, $N)", setter, i, parameter.name());
    }
    if (method.optionsParameter() != null) {
      bindings.add("\n.options($N)", method.optionsParameter());
    }
    if (entity != null && entity.isBatch()) {
      String binder = locals.unique("binder");
      CodeBlock call =
          CodeBlock.of(
              "this.$N.executeBatch($T.$L, $N, ($N, $N) -> $N$L)",
              field,
              RuntimeTypes.BATCH_KIND,
              entity.batchKind(),
              entity.parameter(),
              binder,
              element,
              binder,
              bindings.build());
      return override.addStatement("return $L", reactive(method, call)).build();
    }
    CodeBlock argument =
        method.callArgument() != null
            ? CodeBlock.of("$N", method.callArgument())
            : method.returnKind() == ReturnKind.ROW_STREAM
                ? CodeBlock.of("$T.DEFAULTS", RuntimeTypes.STREAM_OPTIONS)
                : CodeBlock.of("");
    CodeBlock call =
        CodeBlock.of(
            "this.$N.bind()$L\n.$L($L)",
            field,
            bindings.build(),
            method.returnKind().runtimeCall(),
            argument);
    return override.addStatement("return $L", reactive(method, call)).build();
  }

  // ReactorCalls.mono(() -> this.findById.bind()
  //     .set(0, id)
  //     .executeOne())
  // The call runs inside the supplier: bound and sent at each subscription, never before, and a
  // failure to bind is the subscriber's onError rather than a throw from the method.
  private static CodeBlock reactive(QueryMethodModel method, CodeBlock call) {
    if (method.reactive() == null) {
      return call;
    }
    return CodeBlock.of(
        "$T.$L(() -> $L)",
        method.reactive().library().adapter(),
        method.reactive().adapterMethod(),
        call);
  }
}
