-- A real client against `tactful lsp`: headless Neovim (0.7 and later) with
-- the editors/nvim module, on a copy of a corpus draft. run_nvim_test.sh sets
-- TACTFUL_TEST = { tactful, rules, source, draft, result } and runs this file.
--
-- Steps: open the draft, get diagnostics whose byte columns (Neovim converts
-- the server's UTF-16 positions) select exactly the flagged words on a line
-- with non-ASCII text; insert non-ASCII text before a finding and see it move;
-- add a sentence and get a new finding; ask for code actions the way
-- vim.lsp.buf.code_action does; run "Disable <rule> in this project"; stop
-- the client and require the server to exit with status 0.

local T = TACTFUL_TEST
local log_lines = {}
local function log(text)
  table.insert(log_lines, text)
end
local function finish(ok, why)
  if not ok then
    log("FAIL: " .. why)
  else
    log("PASS")
  end
  vim.fn.writefile(log_lines, T.result)
  vim.cmd(ok and "qall!" or "cquit! 1")
end
local function check(condition, why)
  if not condition then
    finish(false, why)
    error("stop", 0)
  end
end

local function run()
  vim.opt.runtimepath:append(T.source .. "/editors/nvim")
  local exit_code
  -- Observe the server's exit status without changing how the module starts it.
  local function observe(config)
    local previous = config.on_exit
    config.on_exit = function(code, signal, id)
      exit_code = code
      if previous then
        previous(code, signal, id)
      end
    end
    return config
  end
  if vim.lsp.start then
    local start = vim.lsp.start
    vim.lsp.start = function(config, opts)
      return start(observe(config), opts)
    end
  end
  local start_client = vim.lsp.start_client
  vim.lsp.start_client = function(config)
    return start_client(observe(config))
  end

  require("tactful").setup({
    cmd = { T.tactful, "lsp", "--rules", T.rules },
    filetypes = { "mail", "markdown", "text" },
  })
  vim.cmd("edit " .. vim.fn.fnameescape(T.draft))
  local buf = vim.api.nvim_get_current_buf()

  local function diagnostics()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == "tactful" then
        table.insert(found, d)
      end
    end
    return found
  end
  local function lsp_data(d)
    local lsp = d.user_data and d.user_data.lsp or {}
    return lsp.data or {}
  end
  -- The buffer bytes a diagnostic covers equal the excerpt the server flagged.
  local function covers_excerpt(d)
    local excerpt = lsp_data(d).excerpt
    if not excerpt or excerpt == "" or d.end_lnum ~= d.lnum then
      return nil
    end
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ""
    return line:sub(d.col + 1, d.end_col) == excerpt, line
  end

  check(vim.wait(20000, function()
    return #diagnostics() > 0
  end, 50), "no diagnostics arrived for " .. T.draft)

  -- 1. Columns: a finding on a line with non-ASCII text up to its end.
  local target
  for _, d in ipairs(diagnostics()) do
    local ok, line = covers_excerpt(d)
    log(("found %s at %d:%d-%d:%d"):format(tostring(d.code), d.lnum, d.col, d.end_lnum, d.end_col))
    if ok == false then
      check(false, ("%s at %d:%d-%d does not cover its excerpt %q (line: %q)"):format(
        tostring(d.code), d.lnum, d.col, d.end_col, lsp_data(d).excerpt, line))
    end
    if ok and line:sub(1, d.end_col):find("[\128-\255]") then
      target = target or d
    end
  end
  check(target, "no single-line finding with non-ASCII text before or in it")
  local code, row, col = target.code, target.lnum, target.col
  log(("target %s at %d:%d"):format(code, row, col))

  -- 2. Non-ASCII text before the finding: it moves by the prefix's bytes.
  local prefix = "Zoë 😀 — "
  vim.api.nvim_buf_set_text(buf, row, 0, row, 0, { prefix })
  check(vim.wait(10000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == code and d.lnum == row and d.col == col + #prefix then
        return covers_excerpt(d) == true
      end
    end
    return false
  end, 20), ("after inserting %q, %s did not move to column %d"):format(prefix, code, col + #prefix))

  -- 3. A new sentence brings a new finding.
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last, last, false, { "", "Are there any openings on your team?" })
  check(vim.wait(10000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == "no-job-request" and d.lnum == last + 1 then
        return true
      end
    end
    return false
  end, 20), "no no-job-request finding on the added line " .. (last + 1))

  -- 4. Code actions as vim.lsp.buf.code_action asks for them (ranges in bytes on 0.7).
  vim.api.nvim_win_set_cursor(0, { row + 1, col + #prefix })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, row) }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
  check(responses, "no answer to textDocument/codeAction")
  local disable, client_id
  for id, response in pairs(responses) do
    check(not response.err, "codeAction error: " .. vim.inspect(response.err))
    for _, action in ipairs(response.result or {}) do
      log("action: " .. action.title)
      if action.title == "Disable " .. code .. " in this project" then
        disable, client_id = action, id
      end
    end
  end
  check(disable and disable.command, "no 'Disable " .. code .. " in this project' action")

  -- 5. Run it on the server: the config is written and the finding goes away.
  local client = vim.lsp.get_client_by_id(client_id)
  local done
  client.request("workspace/executeCommand", disable.command, function(err)
    done = err and ("error: " .. vim.inspect(err)) or "ok"
  end, buf)
  check(vim.wait(10000, function()
    return done ~= nil
  end, 20), "executeCommand got no answer")
  check(done == "ok", "executeCommand failed: " .. tostring(done))
  check(vim.wait(10000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == code then
        return false
      end
    end
    return true
  end, 20), code .. " is still reported after disabling it")
  local config = table.concat(vim.fn.readfile(vim.fn.fnamemodify(T.draft, ":h") .. "/.tactful.yaml"), "\n")
  check(config:find(code .. ": off", 1, true), ".tactful.yaml does not turn " .. code .. " off:\n" .. config)

  -- 6. Quit: shutdown, exit, status 0.
  vim.lsp.stop_client(client_id)
  check(vim.wait(10000, function()
    return exit_code ~= nil
  end, 20), "the server did not exit after shutdown")
  check(exit_code == 0, "the server exited with status " .. tostring(exit_code))
  finish(true)
end

local ok, err = pcall(run)
if not ok and err ~= "stop" then
  finish(false, "error in the test: " .. tostring(err))
end
