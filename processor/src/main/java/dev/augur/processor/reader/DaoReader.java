package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.derived.DerivedQueryReader;
import dev.augur.processor.model.DaoMethodModel;
import dev.augur.processor.model.DaoModel;
import dev.augur.processor.model.ProviderMethodModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Dao} interface: every abstract method it declares or inherits, in declaration
 * order, each read by the reader of its annotation.
 */
public final class DaoReader {
  private final Elements elements;
  private final Types types;
  private static final List<String> CRUD =
      List.of(
          Annotations.INSERT,
          Annotations.SELECT,
          Annotations.UPDATE,
          Annotations.DELETE,
          Annotations.INCREMENT);

  private final QueryMethodReader queries;
  private final CrudMethodReader crud;
  private final ProviderMethodReader providers;
  private final DerivedQueryReader derived;

  public DaoReader(
      Elements elements,
      Types types,
      QueryMethodReader queries,
      CrudMethodReader crud,
      ProviderMethodReader providers,
      DerivedQueryReader derived) {
    this.elements = elements;
    this.types = types;
    this.queries = queries;
    this.crud = crud;
    this.providers = providers;
    this.derived = derived;
  }

  public Optional<DaoModel> read(TypeElement dao, Report report) {
    AnnotationMirror annotation = Annotations.mirror(dao, Annotations.DAO).orElseThrow();
    if (dao.getKind() != ElementKind.INTERFACE) {
      report.error(
          dao,
          annotation,
          null,
          Message.DAO_KIND,
          dao.getSimpleName(),
          ElementChecks.kindName(dao));
      return Optional.empty();
    }
    if (!dao.getTypeParameters().isEmpty()) {
      report.error(dao, Message.DAO_GENERIC, dao.getSimpleName());
    }
    String privacy = ElementChecks.privacy(dao);
    if (privacy != null) {
      report.error(dao, Message.DAO_PRIVATE, dao.getSimpleName(), privacy);
    }
    String daoName = dao.getSimpleName().toString();
    DeclaredType daoType = (DeclaredType) dao.asType();
    List<DaoMethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : abstractMethods(dao)) {
      if (isObjectMethod(method, dao)) {
        continue; // toString(), equals(Object), hashCode(): every implementation has them
      }
      if (isSuspendFunction(method)) {
        report.error(method, Message.KOTLIN_SUSPEND, daoName + "." + method.getSimpleName() + "()");
        continue;
      }
      ExecutableType signature = (ExecutableType) types.asMemberOf(daoType, method);
      Optional<String> crudAnnotation =
          CRUD.stream().filter(a -> Annotations.isPresent(method, a)).findFirst();
      if (Annotations.isPresent(method, Annotations.QUERY)) {
        queries.read(daoName, method, signature, report).ifPresent(methods::add);
      } else if (crudAnnotation.isPresent()) {
        crud.read(daoName, method, signature, crudAnnotation.get(), report).ifPresent(methods::add);
      } else if (Annotations.isPresent(method, Annotations.QUERY_PROVIDER)) {
        providers.read(daoName, method, signature, report).ifPresent(methods::add);
      } else if (DerivedQueryReader.describesQuery(method)) {
        derived.read(dao, daoName, method, signature, report).ifPresent(methods::add);
      } else {
        report.error(
            method, Message.METHOD_NOT_ANNOTATED, daoName + "." + method.getSimpleName() + "()");
      }
    }
    long statements = methods.stream().filter(m -> m instanceof QueryMethodModel).count();
    boolean providers = methods.stream().anyMatch(m -> m instanceof ProviderMethodModel);
    if (statements + (providers ? 1 : 0) > MAX_CONSTRUCTOR_PARAMETERS) {
      report.error(dao, Message.DAO_TOO_LARGE, daoName, statements, MAX_CONSTRUCTOR_PARAMETERS);
    }
    if (!report.isClean()) {
      return Optional.empty();
    }
    return Optional.of(new DaoModel(ClassName.get(dao), methods, dao));
  }

  /**
   * The generated constructor takes one prepared statement per statement method; a JVM method has
   * at most 255 parameter slots, one of them {@code this}.
   */
  private static final int MAX_CONSTRUCTOR_PARAMETERS = 254;

  /** kapt's stub of a {@code suspend fun}: its last parameter is the coroutine's continuation. */
  private boolean isSuspendFunction(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return false;
    }
    TypeMirror last = types.erasure(parameters.get(parameters.size() - 1).asType());
    return last instanceof DeclaredType declared
        && ((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals("kotlin.coroutines.Continuation");
  }

  private boolean isObjectMethod(ExecutableElement method, TypeElement dao) {
    TypeElement object = elements.getTypeElement("java.lang.Object");
    return ElementFilter.methodsIn(object.getEnclosedElements()).stream()
        .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
        .anyMatch(
            m ->
                m.getSimpleName().equals(method.getSimpleName())
                    && elements.overrides(method, m, dao));
  }

  /**
   * The abstract methods Augur must implement: those of {@code dao} in declaration order, then
   * those inherited from super-interfaces, leaving out any that a method seen earlier (abstract or
   * default) overrides.
   */
  private List<ExecutableElement> abstractMethods(TypeElement dao) {
    List<ExecutableElement> seen = new ArrayList<>();
    collect(dao, dao, seen);
    return seen.stream().filter(m -> m.getModifiers().contains(Modifier.ABSTRACT)).toList();
  }

  private void collect(TypeElement type, TypeElement dao, List<ExecutableElement> seen) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      boolean overridden =
          seen.stream().anyMatch(existing -> elements.overrides(existing, method, dao));
      if (!overridden) {
        seen.add(method);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      collect((TypeElement) types.asElement(parent), dao, seen);
    }
  }
}
