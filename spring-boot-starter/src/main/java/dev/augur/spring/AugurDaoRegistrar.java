package dev.augur.spring;

import java.beans.Introspector;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one bean per {@code @Dao} interface found in the application's packages (or in {@code
 * augur.packages}), typed by the interface, so that it is injected like any other bean. Each is
 * taken from {@link AugurDaos}, which creates them all at startup.
 */
class AugurDaoRegistrar
    implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware {
  private BeanFactory beanFactory;
  private Environment environment;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    List<String> packages = packages();
    ClassLoader classLoader =
        beanFactory instanceof ConfigurableBeanFactory factory
                && factory.getBeanClassLoader() != null
            ? factory.getBeanClassLoader()
            : AugurDaoRegistrar.class.getClassLoader();
    AugurScanner scanner = new AugurScanner(classLoader);
    List<Class<?>> daos = scanner.daoInterfaces(packages);
    registry.registerBeanDefinition(
        AugurDaoTypes.BEAN_NAME,
        BeanDefinitionBuilder.genericBeanDefinition(
                AugurDaoTypes.class, () -> new AugurDaoTypes(packages, daos, scanner))
            .getBeanDefinition());
    for (Class<?> dao : daos) {
      register(registry, dao);
    }
  }

  private <D> void register(BeanDefinitionRegistry registry, Class<D> dao) {
    String name = Introspector.decapitalize(dao.getSimpleName());
    if (registry.containsBeanDefinition(name)) {
      name = dao.getName();
    }
    AbstractBeanDefinition definition =
        BeanDefinitionBuilder.genericBeanDefinition(
                dao, () -> beanFactory.getBean(AugurDaos.class).get(dao))
            .getBeanDefinition();
    registry.registerBeanDefinition(name, definition);
  }

  /** {@code augur.packages} if set, else the application's auto-configuration packages. */
  private List<String> packages() {
    List<String> configured =
        Binder.get(environment)
            .bind("augur.packages", Bindable.listOf(String.class))
            .orElse(List.of());
    if (!configured.isEmpty()) {
      return configured;
    }
    return AutoConfigurationPackages.has(beanFactory)
        ? AutoConfigurationPackages.get(beanFactory)
        : List.of();
  }
}
