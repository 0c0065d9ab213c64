package cn.workerspalace.course.palace.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.contracts.course.ServicePointOpenedEvent;
import cn.workerspalace.course.palace.api.CityAlreadyHasPalaceException;
import cn.workerspalace.course.palace.api.CountyOutsideParentCityException;
import cn.workerspalace.course.palace.api.OpenServicePointCommand;
import cn.workerspalace.course.palace.api.PalaceAlreadyExistsException;
import cn.workerspalace.course.palace.api.PalaceDirectory;
import cn.workerspalace.course.palace.api.ParentLevelMismatchException;
import cn.workerspalace.course.palace.api.ProvinceAlreadyRegisteredException;
import cn.workerspalace.course.palace.api.RegisterPalaceCommand;
import cn.workerspalace.course.palace.api.RegisteredPalace;
import cn.workerspalace.course.palace.api.ServicePointAlreadyExistsException;
import cn.workerspalace.platform.web.InvalidCommandException;
import cn.workerspalace.platform.axon.AxonPostgresAutoConfiguration;
import cn.workerspalace.platform.web.ResourceNotFoundException;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A workers' cultural palace and its service points. The network is a tree: the one PROVINCE palace at the root,
 * a CITY palace per city under it, COUNTY palaces under their city's palace and with that city's code. Rules that
 * span palaces are checked against the {@link PalaceDirectory}, whose unique indexes back them up under races.
 */
@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Palace {

    @AggregateIdentifier
    private String palaceId;
    private final Set<String> servicePointIds = new HashSet<>();

    Palace() {
        // for Axon to rebuild the palace from its events
    }

    @CommandHandler
    Palace(RegisterPalaceCommand command, PalaceDirectory directory) {
        if (directory.find(command.palaceId()).isPresent()) {
            throw new PalaceAlreadyExistsException(command.palaceId());
        }
        switch (command.level()) {
            case PROVINCE -> {
                if (command.parentId() != null) {
                    throw new InvalidCommandException("parentId", "must be absent for the PROVINCE palace");
                }
                if (directory.provinceRegistered()) {
                    throw new ProvinceAlreadyRegisteredException(command.palaceId());
                }
            }
            case CITY -> {
                parentOf(command, PalaceLevel.PROVINCE, directory);
                if (directory.cityHasPalace(command.cityCode())) {
                    throw new CityAlreadyHasPalaceException(command.cityCode());
                }
            }
            case COUNTY -> {
                RegisteredPalace parent = parentOf(command, PalaceLevel.CITY, directory);
                if (!parent.cityCode().equals(command.cityCode())) {
                    throw new CountyOutsideParentCityException(command.cityCode(), parent.palaceId(),
                            parent.cityCode());
                }
            }
        }
        apply(new PalaceRegisteredEvent(command.palaceId(), command.name(), command.level(), command.cityCode(),
                command.parentId()));
    }

    @CommandHandler
    void handle(OpenServicePointCommand command, PalaceDirectory directory) {
        if (servicePointIds.contains(command.servicePointId())
                || directory.servicePointExists(command.servicePointId())) {
            throw new ServicePointAlreadyExistsException(command.servicePointId());
        }
        apply(new ServicePointOpenedEvent(palaceId, command.servicePointId(), command.name(), command.address()));
    }

    @EventSourcingHandler
    void on(PalaceRegisteredEvent event) {
        palaceId = event.palaceId();
    }

    @EventSourcingHandler
    void on(ServicePointOpenedEvent event) {
        servicePointIds.add(event.servicePointId());
    }

    private static RegisteredPalace parentOf(RegisterPalaceCommand command, PalaceLevel expectedLevel,
                                             PalaceDirectory directory) {
        if (command.parentId() == null) {
            throw new InvalidCommandException("parentId", "is required for a " + command.level() + " palace");
        }
        RegisteredPalace parent = directory.find(command.parentId())
                .orElseThrow(() -> new ResourceNotFoundException("palace", command.parentId()));
        if (parent.level() != expectedLevel) {
            throw new ParentLevelMismatchException(command.level(), expectedLevel, parent.palaceId(),
                    parent.level());
        }
        return parent;
    }
}
