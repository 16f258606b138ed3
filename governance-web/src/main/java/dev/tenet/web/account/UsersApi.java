package dev.tenet.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Set;

/** User management, for administrators only (the API's security rules say so). */
@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

    private final Accounts accounts;

    UsersApi(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A user to create. */
    record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                   @Size(max = 64) String team, @NotEmpty Set<String> roles, @NotBlank String password) {

        @Override
        public String toString() {
            return "NewUser[" + username + "]"; // never the password
        }
    }

    /** A user's new roles. */
    record RoleChange(@NotNull Set<String> roles) {
    }

    @GetMapping
    List<Account> list() {
        return accounts.listUsers();
    }

    @GetMapping("/{username}")
    Account get(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> AccountException.notFound("No user named '" + username
                + "'."));
    }

    @PostMapping
    ResponseEntity<Account> create(@Valid @RequestBody NewUser request, UriComponentsBuilder uris) {
        Account account = accounts.createUser(request.username(), request.displayName(), request.team(),
                request.roles(), request.password());
        return ResponseEntity.created(uris.path("/api/v1/users/{username}").build(account.username()))
                .body(account);
    }

    @PutMapping("/{username}/roles")
    Account setRoles(@PathVariable String username, @Valid @RequestBody RoleChange request) {
        return accounts.setRoles(username, request.roles());
    }

    @PostMapping("/{username}/disable")
    Account disable(@PathVariable String username) {
        return accounts.disable(username);
    }

    @PostMapping("/{username}/enable")
    Account enable(@PathVariable String username) {
        return accounts.enable(username);
    }
}
