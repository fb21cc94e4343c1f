#!/usr/bin/env node
// Removes fsh-generated/ before SUSHI runs, so definitions deleted from the FSH also disappear
// from the committed output (check-fresh.sh then reports them).
'use strict';
const fs = require('fs');
const path = require('path');
fs.rmSync(path.resolve(__dirname, '..', 'fsh-generated'), { recursive: true, force: true });
