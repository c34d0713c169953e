-- tactful for Neovim: starts `tactful lsp` for e-mail buffers with the
-- built-in LSP client. No plugin manager or nvim-lspconfig needed.
--
--   require("tactful").setup()                                  -- mail only
--   require("tactful").setup({ filetypes = { "mail", "text", "markdown" } })
--
-- Works on Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client) and
-- on 0.8 and later (vim.lsp.start). The server does the linting, code actions,
-- hover and the tactful.addWord / tactful.disableRule commands; this module
-- only finds the program, the root folder and the settings to send.

local M = {}

local uv = vim.uv or vim.loop
local has_start = type(vim.lsp.start) == "function" -- Neovim 0.8+

local KINDS = { "auto", "outreach", "follow-up", "thank-you" }

local defaults = {
  -- The server command. Use a full path if tactful is not on PATH.
  cmd = { "tactful", "lsp" },
  -- Filetypes that start the server; "text" and "markdown" are opt-in.
  filetypes = { "mail" },
  -- The nearest folder above the file holding one of these is the root;
  -- without one, the file's own folder is.
  root_markers = { ".tactful.yaml" },
  -- Sent as initializationOptions and as settings.tactful.
  --   config: a .tactful.yaml for every message (nil: the server finds the
  --           nearest one). "~" is expanded; a relative path starts at the root.
  --   kind:   "auto", "outreach", "follow-up" or "thank-you".
  settings = { config = nil, kind = "auto" },
  -- Passed on to the LSP client as they are.
  on_attach = nil,
  capabilities = nil,
  handlers = nil,
  -- Add :TactfulKind, :TactfulAddWord and :TactfulDisableRule.
  commands = true,
}

M.options = vim.deepcopy(defaults)

-- Neovim 0.7 has no vim.fs; walk up by hand.
local function find_root(file, markers)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  while dir and dir ~= "" do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

-- Client methods became colon calls in 0.11; dot calls are deprecated there.
local function client_call(client, method, ...)
  if vim.fn.has("nvim-0.11") == 1 then
    return client[method](client, ...)
  end
  return client[method](...)
end

-- Running tactful clients, optionally only those attached to `bufnr`.
-- (0.7's get_active_clients takes no filter, so filter by hand.)
local function tactful_clients(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local found = {}
  for _, client in ipairs(get() or {}) do
    if client.name == "tactful" and (not bufnr or vim.lsp.buf_is_attached(bufnr, client.id)) then
      table.insert(found, client)
    end
  end
  return found
end

-- The settings as the server wants them, with `config` made absolute.
local function server_settings(root_dir)
  local settings = M.options.settings or {}
  local result = { kind = settings.kind or "auto" }
  local config = settings.config
  if type(config) == "string" and config ~= "" then
    config = vim.fn.expand(config)
    if not config:match("^/") and not config:match("^%a:[/\\]") and root_dir then
      config = root_dir .. "/" .. config
    end
    result.config = config
  end
  return result
end

--- The client configuration for a buffer, or nil if tactful should not run
--- there. Suits vim.lsp.start (0.8+) and vim.lsp.start_client (0.7).
function M.config(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" or vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  local opts = M.options
  local root_dir = find_root(name, opts.root_markers) or vim.fn.fnamemodify(name, ":p:h")
  local settings = server_settings(root_dir)
  return {
    name = "tactful",
    cmd = opts.cmd,
    root_dir = root_dir,
    init_options = settings,
    settings = { tactful = settings },
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
    handlers = opts.handlers,
  }
end

local warned_missing = false
local clients_by_root = {} -- root_dir -> client id, for the 0.7 path only

--- Starts tactful for a buffer, or attaches the buffer to the client that
--- already runs for the same root. Returns the client id, or nil.
function M.start(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local config = M.config(bufnr)
  if not config then
    return nil
  end
  if vim.fn.executable(config.cmd[1]) ~= 1 then
    if not warned_missing then
      warned_missing = true
      vim.notify(
        ("tactful: %q is not executable; set `cmd` in require('tactful').setup()"):format(config.cmd[1]),
        vim.log.levels.WARN
      )
    end
    return nil
  end

  if has_start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end

  -- Neovim 0.7: reuse the client started for the same root, else start one.
  -- Keep our own ids: a client that is still initializing is not yet among
  -- get_active_clients(), but get_client_by_id() finds it.
  local known = clients_by_root[config.root_dir]
  local client = known and vim.lsp.get_client_by_id(known)
  if client and not client.is_stopped() then
    vim.lsp.buf_attach_client(bufnr, client.id)
    return client.id
  end
  local id = vim.lsp.start_client(config)
  if id then
    clients_by_root[config.root_dir] = id
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Changes settings (config and/or kind) and tells every running server.
---   require("tactful").set({ kind = "thank-you" })
function M.set(settings)
  M.options.settings = vim.tbl_extend("force", M.options.settings or {}, settings or {})
  for _, client in ipairs(tactful_clients()) do
    local current = server_settings(client.config.root_dir)
    client.config.settings = { tactful = current }
    client_call(client, "notify", "workspace/didChangeConfiguration", { settings = { tactful = current } })
  end
end

local function execute(bufnr, command, argument)
  local clients = tactful_clients(bufnr)
  if #clients == 0 then
    vim.notify("tactful: no tactful server for this buffer", vim.log.levels.WARN)
    return
  end
  client_call(clients[1], "request", "workspace/executeCommand", {
    command = command,
    arguments = { argument },
  }, function(err)
    if err then
      vim.notify(("tactful: %s failed: %s"):format(command, err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
  end, bufnr)
end

--- Adds a word to tactful's dictionary (default: the word under the cursor).
function M.add_word(word)
  word = (word and word ~= "") and word or vim.fn.expand("<cword>")
  if word == "" then
    return
  end
  execute(vim.api.nvim_get_current_buf(), "tactful.addWord", { word = word })
end

-- The rule of the tactful finding under the cursor, if any.
local function rule_under_cursor(bufnr)
  local pos = vim.api.nvim_win_get_cursor(0)
  local row, col = pos[1] - 1, pos[2]
  local fallback
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = row })) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if d.source == "tactful" and code then
      local end_col = (d.end_lnum or d.lnum) > d.lnum and math.huge or (d.end_col or d.col)
      if col >= d.col and col <= end_col then
        return tostring(code)
      end
      fallback = fallback or tostring(code)
    end
  end
  return fallback
end

--- Turns a rule off in the configuration (default: the rule of the finding
--- under the cursor).
function M.disable_rule(rule)
  local bufnr = vim.api.nvim_get_current_buf()
  rule = (rule and rule ~= "") and rule or rule_under_cursor(bufnr)
  if not rule then
    vim.notify("tactful: no tactful finding under the cursor; give the rule id", vim.log.levels.WARN)
    return
  end
  execute(bufnr, "tactful.disableRule", { rule = rule })
end

local function create_commands()
  local command = vim.api.nvim_create_user_command
  command("TactfulKind", function(args)
    if not vim.tbl_contains(KINDS, args.args) then
      vim.notify("tactful: kind must be one of " .. table.concat(KINDS, ", "), vim.log.levels.ERROR)
      return
    end
    M.set({ kind = args.args })
  end, {
    nargs = 1,
    complete = function()
      return KINDS
    end,
    desc = "Tell tactful which kind of message this is",
  })
  command("TactfulAddWord", function(args)
    M.add_word(args.args)
  end, { nargs = "?", desc = "Add a word (default: under the cursor) to tactful's dictionary" })
  command("TactfulDisableRule", function(args)
    M.disable_rule(args.args)
  end, { nargs = "?", desc = "Turn off a tactful rule (default: the finding under the cursor)" })
end

--- Merges `opts` into the defaults and starts tactful for the filetypes given,
--- including buffers that are already open.
function M.setup(opts)
  M.options = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  -- Lists replace, they do not merge by index.
  for _, key in ipairs({ "cmd", "filetypes", "root_markers" }) do
    if opts and opts[key] then
      M.options[key] = opts[key]
    end
  end

  local group = vim.api.nvim_create_augroup("tactful", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.start(args.buf)
    end,
    desc = "Start the tactful language server",
  })
  if M.options.commands then
    create_commands()
  end

  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.options.filetypes, vim.bo[bufnr].filetype) then
      M.start(bufnr)
    end
  end
end

return M
