package dev.augur.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import dev.augur.processor.check.QueryValidator;
import dev.augur.processor.codegen.DaoGenerator;
import dev.augur.processor.codegen.EntityMapperGenerator;
import dev.augur.processor.derived.DerivedQueryReader;
import dev.augur.processor.model.DaoModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.reader.ConstructionResolver;
import dev.augur.processor.reader.CrudMethodReader;
import dev.augur.processor.reader.DaoReader;
import dev.augur.processor.reader.PropertyReader;
import dev.augur.processor.reader.ProviderMethodReader;
import dev.augur.processor.reader.QueryMethodReader;
import dev.augur.processor.reader.SourceTypes;
import dev.augur.processor.reader.TableReader;
import dev.augur.processor.reader.Unresolved;
import dev.augur.processor.schema.EntityTables;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.SchemaFiles;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.ReturnTypeReader;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import dev.augur.processor.validation.TableValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Augur's annotation processor: for each {@code @Table} type it generates a mapper, and for each
 * {@code @Dao} interface an implementation. Each type goes through read, validate and generate; a
 * type with any error generates nothing and reports every error at once.
 *
 * <p>Types whose signatures refer to classes not generated yet are deferred to the next round, and
 * reported only if they are still unresolved when processing ends. The processor never claims its
 * annotations, and never lets an exception escape into javac.
 */
@AutoService(Processor.class)
public final class AugurProcessor extends AbstractProcessor {
  private final Set<String> deferredTables = new LinkedHashSet<>();
  private final Set<String> deferredDaos = new LinkedHashSet<>();
  private final Set<String> deferredUdts = new LinkedHashSet<>();

  /** Entities that failed; a DAO using one is not generated, to spare cascading errors. */
  private final Set<ClassName> failedEntities = new LinkedHashSet<>();

  /** The schema the CQL checks use: schema files, then the entities as they are read. */
  private final SchemaCatalog catalog = new SchemaCatalog();

  private TableReader tables;
  private TableValidator tableValidator;
  private DaoReader daos;
  private ReturnTypeReader returnTypes;
  private EntityMapperGenerator mapperGenerator;
  private DaoGenerator daoGenerator;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Elements elements = environment.getElementUtils();
    Types types = environment.getTypeUtils();
    TypeMapper typeMapper = new TypeMapper();
    tables =
        new TableReader(
            new PropertyReader(typeMapper, elements, types),
            new ConstructionResolver(elements, types));
    tableValidator = new TableValidator();
    returnTypes = new ReturnTypeReader(elements, SourceTypes.writer(environment));
    Function<TypeElement, Optional<TableModel>> entityModels = this::validEntity;
    SchemaFiles.load(environment.getOptions(), catalog)
        .forEach(problem -> environment.getMessager().printMessage(Diagnostic.Kind.ERROR, problem));
    QueryValidator validator = new QueryValidator(catalog, entityModels);
    daos =
        new DaoReader(
            elements,
            types,
            new QueryMethodReader(typeMapper, returnTypes, entityModels, validator),
            new CrudMethodReader(typeMapper, returnTypes, entityModels, elements, validator),
            new ProviderMethodReader(types),
            new DerivedQueryReader(typeMapper, returnTypes, entityModels, catalog));
    boolean generatedAvailable =
        environment.getElementUtils().getTypeElement("javax.annotation.processing.Generated")
            != null;
    mapperGenerator = new EntityMapperGenerator(generatedAvailable);
    daoGenerator = new DaoGenerator(generatedAvailable);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.TABLE, Annotations.UDT, Annotations.DAO);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return SchemaFiles.options();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, TypeElement> roundUdts = collect(round, Annotations.UDT, deferredUdts);
    Map<String, TypeElement> roundTables = collect(round, Annotations.TABLE, deferredTables);
    Map<String, TypeElement> roundDaos = collect(round, Annotations.DAO, deferredDaos);
    roundUdts.forEach(
        (name, type) -> step(type, deferredUdts, Unresolved::inFields, this::processUdt));
    roundTables.forEach(
        (name, type) -> step(type, deferredTables, Unresolved::inFields, this::processTable));
    roundDaos.forEach((name, type) -> step(type, deferredDaos, this::daoBlocker, this::processDao));
    if (round.processingOver()) {
      reportUnresolved(deferredUdts, Unresolved::inFields);
      reportUnresolved(deferredTables, Unresolved::inFields);
      // A DAO waiting only for a deferred entity stays silent: the entity's error says it all.
      reportUnresolved(deferredDaos, Unresolved::inMethods);
    }
    return false;
  }

  /** This round's annotated types plus those deferred from earlier rounds, by qualified name. */
  private Map<String, TypeElement> collect(
      RoundEnvironment round, String annotation, Set<String> deferred) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    deferred.clear();
    TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation);
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          types.putIfAbsent(type.getQualifiedName().toString(), type);
        }
      }
    }
    return types;
  }

  private void step(
      TypeElement type,
      Set<String> deferred,
      Function<TypeElement, Optional<TypeMirror>> unresolved,
      Consumer<TypeElement> processing) {
    try {
      if (unresolved.apply(type).isPresent()) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      processing.accept(type);
    } catch (RuntimeException | AssertionError e) {
      // One broken type must not take javac down with it: report it and go on with the others.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR, Message.INTERNAL.format(type.getQualifiedName(), trace), type);
    }
  }

  /**
   * What keeps a DAO from this round: an unresolved type, or an entity deferred to later. A
   * reactive library's type that does not resolve is no reason to wait (no processor generates
   * {@code Mono}): its library is missing, which the DAO's reading reports now, while javac still
   * runs processors.
   */
  private Optional<TypeMirror> daoBlocker(TypeElement dao) {
    boolean reactiveMissing =
        ElementFilter.methodsIn(dao.getEnclosedElements()).stream()
            .anyMatch(returnTypes::returnsUnresolvedReactiveType);
    return reactiveMissing ? Optional.empty() : unresolvedIn(dao);
  }

  private Optional<TypeMirror> unresolvedIn(TypeElement dao) {
    return Unresolved.inMethods(
        dao,
        type ->
            type.getKind() == TypeKind.DECLARED
                && deferredTables.contains(
                    ((TypeElement) ((DeclaredType) type).asElement())
                        .getQualifiedName()
                        .toString()));
  }

  private void processTable(TypeElement type) {
    Report report = new Report();
    Optional<TableModel> table = tables.read(type, report);
    table.ifPresent(model -> tableValidator.validate(model, report));
    report.printTo(processingEnv.getMessager());
    if (table.isEmpty() || !report.isClean()) {
      failedEntities.add(ClassName.get(type));
      return;
    }
    catalog.addEntityTable(EntityTables.of(table.get(), catalog::type));
    write(mapperGenerator.generate(table.get()), type);
  }

  private void processUdt(TypeElement type) {
    Report report = new Report();
    Optional<TableModel> udt = tables.readUdt(type, report);
    udt.ifPresent(model -> tableValidator.validateUdt(model, report));
    report.printTo(processingEnv.getMessager());
    if (udt.isPresent() && report.isClean()) {
      catalog.addType(EntityTables.udt(udt.get(), catalog::type));
      write(mapperGenerator.generateUdt(udt.get()), type);
    }
  }

  /**
   * The model of an entity a DAO method uses, if the entity is free of errors (its own errors are
   * reported when the entity itself is processed).
   */
  private Optional<TableModel> validEntity(TypeElement entity) {
    Report scratch = new Report();
    Optional<TableModel> table = tables.read(entity, scratch);
    table.ifPresent(model -> tableValidator.validate(model, scratch));
    if (!scratch.isClean()) {
      return Optional.empty();
    }
    // An entity of another compilation unit (a jar) is known to the checks once a DAO uses it.
    catalog.addEntityTable(EntityTables.of(table.get(), catalog::type));
    return table;
  }

  private void processDao(TypeElement type) {
    Report report = new Report();
    Optional<DaoModel> dao = daos.read(type, report);
    report.printTo(processingEnv.getMessager());
    if (dao.isEmpty() || !report.isClean() || usesFailedEntity(dao.get())) {
      return;
    }
    write(daoGenerator.generate(dao.get()), type);
  }

  private boolean usesFailedEntity(DaoModel dao) {
    return dao.methods().stream()
        .anyMatch(m -> m instanceof QueryMethodModel q && failedEntities.contains(q.entity()));
  }

  private void write(JavaFile file, TypeElement origin) {
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              Message.INTERNAL.format(
                  origin.getQualifiedName(),
                  "cannot write "
                      + file.packageName
                      + "."
                      + file.typeSpec.name
                      + ": "
                      + e.getMessage()),
              origin);
    }
  }

  private void reportUnresolved(
      Set<String> deferred, Function<TypeElement, Optional<TypeMirror>> unresolved) {
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      Optional<TypeMirror> missing = type == null ? Optional.empty() : unresolved.apply(type);
      if (missing.isPresent()) {
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR, Message.UNRESOLVED_TYPE.format(name, missing.get()), type);
      }
    }
    deferred.clear();
  }
}
